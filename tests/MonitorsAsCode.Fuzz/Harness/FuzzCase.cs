using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>
/// One generated case of a target: its own random source, derived only from the seed, the target and the
/// case number (so one case reproduces alone), a fresh folder for its files, and a description of what was
/// generated, printed when the case fails.
/// </summary>
internal sealed class FuzzCase : IDisposable
{
    private readonly List<string> notes = [];

    public FuzzCase(string target, int seed, int number)
    {
        Target = target;
        Seed = seed;
        Number = number;
        Random = new Random(Mix(seed, target, number));
        Folder = Directory.CreateTempSubdirectory("mac-fuzz-").FullName;
    }

    /// <summary>The target's name, as in the test's name.</summary>
    public string Target { get; }

    public int Seed { get; }

    public int Number { get; }

    /// <summary>Every random choice of the case comes from here.</summary>
    public Random Random { get; }

    /// <summary>A fresh folder, kept when the case fails so its inputs can be looked at.</summary>
    public string Folder { get; }

    /// <summary>Set when the case failed: its folder is left on disk.</summary>
    public bool Keep { get; set; }

    /// <summary>The command that runs this case alone.</summary>
    public string Reproduction => string.Create(
        CultureInfo.InvariantCulture,
        $"MONITORS_FUZZ_SEED={Seed} MONITORS_FUZZ_CASE={Number} dotnet test tests/MonitorsAsCode.Fuzz --filter \"FullyQualifiedName~{Target}\"");

    /// <summary>What was generated, one note per step.</summary>
    public string Description => string.Join("; ", notes);

    /// <summary>Adds a short note (what was generated or mutated) to the description.</summary>
    public void Note(string note) => notes.Add(Visible.Of(note.Length > 200 ? note[..200] + "…" : note));

    /// <summary>A path inside the case's folder, from a '/'-separated relative path.</summary>
    public string PathOf(string relativePath) => Path.Combine(Folder, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes bytes into the case's folder, creating folders as needed; returns the absolute path.</summary>
    public string Write(string relativePath, byte[] content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? Folder);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Writes text as UTF-8 without a byte order mark; returns the absolute path.</summary>
    public string Write(string relativePath, string content) => Write(relativePath, new UTF8Encoding(false).GetBytes(content));

    public void Dispose()
    {
        if (!Keep)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A hung case may still hold a file; the temporary folder is left to the system.
            }
        }
    }

    /// <summary>FNV-1a over the seed, the target's name and the case number: stable across processes, unlike string.GetHashCode.</summary>
    private static int Mix(int seed, string target, int number)
    {
        var hash = 2166136261u;
        void Add(byte value)
        {
            hash ^= value;
            hash *= 16777619u;
        }

        foreach (var b in BitConverter.GetBytes(seed))
        {
            Add(b);
        }

        foreach (var b in Encoding.UTF8.GetBytes(target))
        {
            Add(b);
        }

        foreach (var b in BitConverter.GetBytes(number))
        {
            Add(b);
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
