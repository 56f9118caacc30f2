namespace MonitorsAsCode.Definitions.Files;

/// <summary>What a path names on disk, following symbolic links: what may safely be opened and read to its end.</summary>
public enum FileKind
{
    /// <summary>Nothing, or nothing this process may look at.</summary>
    Missing,

    /// <summary>A regular file: it has an end, and opening it never waits for another process.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO, socket or device such as <c>/dev/zero</c>: opening it may block and reading it may never end.</summary>
    Special,
}
