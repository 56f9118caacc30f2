using System.Reflection;

namespace MonitorsAsCode.Xunit.Running;

/// <summary>
/// What a suite loads: the YAML files of <see cref="Directory"/> (a full path) and C# monitor sets, either the
/// ones the suite names (<see cref="NamedSets"/>) or, when it names none, every <c>MonitorSet</c> of
/// <see cref="TestAssembly"/>. Without either, the suite is YAML only.
/// </summary>
internal sealed record SuiteSource(string Directory, Assembly? TestAssembly = null, IReadOnlyList<Type>? NamedSets = null)
{
    /// <summary>The cache key: one load and one run per directory and choice of monitor sets.</summary>
    public string Key
    {
        get
        {
            if (NamedSets is not null)
            {
                return Directory + "\0sets\0" + string.Join("\0", NamedSets.Select(t => t.AssemblyQualifiedName ?? t.FullName ?? t.Name));
            }

            return TestAssembly is null ? Directory : Directory + "\0assembly\0" + TestAssembly.FullName;
        }
    }
}
