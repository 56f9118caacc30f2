using System.Reflection;
using MonitorsAsCode.Xunit.Running;
using Xunit.Abstractions;

namespace MonitorsAsCode.Xunit.Discovery;

/// <summary>
/// Where a suite's definitions are: its <see cref="MonitorsDirectoryAttribute"/>, resolved against the test
/// assembly's folder, and which C# monitor sets go with it.
/// </summary>
internal static class SuiteLocation
{
    /// <summary>
    /// What the suite of <paramref name="testMethod"/> loads from <paramref name="directory"/> (a full path): the
    /// monitor sets its attribute names, or else every one of the test assembly. The assembly is taken from the
    /// suite class's reflection info, which xunit 2 gives on .NET both when it discovers and when it runs
    /// (de-serialized) cases; without it (a source-only discoverer) the suite is YAML only.
    /// </summary>
    public static SuiteSource Source(ITestMethod testMethod, string directory)
    {
        var suiteClass = testMethod.TestClass.Class;
        if (Attribute(suiteClass) is { MonitorSets: { } named })
        {
            return new SuiteSource(directory, NamedSets: named);
        }

        var assembly = (suiteClass as IReflectionTypeInfo)?.Type.Assembly
            ?? (testMethod.TestClass.TestCollection.TestAssembly.Assembly as IReflectionAssemblyInfo)?.Assembly;
        return new SuiteSource(directory, TestAssembly: assembly);
    }

    /// <summary>The directory as written on the suite class, or null when the attribute is missing.</summary>
    public static string? Given(ITypeInfo suiteClass)
    {
        foreach (var attribute in suiteClass.GetCustomAttributes(typeof(MonitorsDirectoryAttribute).AssemblyQualifiedName))
        {
            if (attribute.GetConstructorArguments().FirstOrDefault() is string path)
            {
                return path;
            }
        }

        return null;
    }

    private static MonitorsDirectoryAttribute? Attribute(ITypeInfo suiteClass)
    {
        foreach (var attribute in suiteClass.GetCustomAttributes(typeof(MonitorsDirectoryAttribute).AssemblyQualifiedName))
        {
            if (attribute is IReflectionAttributeInfo { Attribute: MonitorsDirectoryAttribute found })
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The folder relative paths start from: the one holding the compiled test assembly.</summary>
    public static string BaseDirectory(ITestMethod testMethod)
    {
        var assemblyPath = testMethod.TestClass.TestCollection.TestAssembly.Assembly.AssemblyPath;
        var folder = string.IsNullOrEmpty(assemblyPath) ? null : Path.GetDirectoryName(assemblyPath);
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(string.IsNullOrEmpty(folder) ? AppContext.BaseDirectory : folder));
    }

    /// <summary>The full path of <paramref name="given"/>, without a trailing separator, so one directory has one cache key.</summary>
    public static string Resolve(string baseDirectory, string given) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(baseDirectory, given)));

    /// <summary>The suite class's own name, without namespace or enclosing classes.</summary>
    public static string SuiteName(ITypeInfo suiteClass)
    {
        var name = suiteClass.Name;
        var start = Math.Max(name.LastIndexOf('.'), name.LastIndexOf('+')) + 1;
        return name[start..];
    }
}
