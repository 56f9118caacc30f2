using System.Diagnostics;

namespace MonitorsAsCode.Testing;

/// <summary>Named pipes for tests of what must never be opened: opening one blocks until a writer comes.</summary>
internal static class Fifo
{
    /// <summary>Makes a FIFO at <paramref name="path"/> with <c>mkfifo</c> (Unix only).</summary>
    public static void Make(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo '{path}' exited with {mkfifo.ExitCode}");
        }
    }
}
