using System;
using System.Collections.Generic;
using System.Reflection;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// Finds the <see cref="MonitorSet"/>s of a compiled assembly, runs them into one
/// <see cref="MonitorBuilder"/> and validates the result with the same rules as YAML, alone or
/// together with a directory's YAML files (ids are then unique across both).
/// </summary>
public static class MonitorSetLoader
{
    /// <summary>The concrete, closed <see cref="MonitorSet"/> types of <paramref name="assembly"/> with a public parameterless constructor, ordered by full name.</summary>
    public static IReadOnlyList<Type> FindMonitorSets(Assembly assembly)
    {
        var found = new List<Type>();
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsClass && !type.IsAbstract && !type.ContainsGenericParameters && typeof(MonitorSet).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                found.Add(type);
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return found;
    }

    /// <summary>Runs and validates every <see cref="MonitorSet"/> of <paramref name="assembly"/>; relative snapshot paths resolve against <paramref name="baseDirectory"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter's type (an assembly or the sets themselves), so a call that leaves out the base directory still picks exactly one.")]
    public static LoadedDefinitions Load(Assembly assembly, string? baseDirectory = null) =>
        Load(Instantiate(assembly), baseDirectory);

    /// <summary>Runs and validates <paramref name="sets"/>, in the order given, into one set of definitions.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter's type (an assembly or the sets themselves), so a call that leaves out the base directory still picks exactly one.")]
    public static LoadedDefinitions Load(IEnumerable<MonitorSet> sets, string? baseDirectory = null) =>
        LoadWithYaml([], sets, baseDirectory);

    /// <summary>
    /// Loads every YAML file under <paramref name="directory"/> and every <see cref="MonitorSet"/> of
    /// <paramref name="assembly"/> as one set: a gate in YAML may name a monitor written in C#, and an
    /// id used in both is reported as a duplicate. Relative snapshot paths in C# resolve against the directory.
    /// </summary>
    /// <exception cref="System.IO.DirectoryNotFoundException">The directory does not exist.</exception>
    public static LoadedDefinitions LoadWithYaml(string directory, Assembly assembly) =>
        LoadWithYaml(YamlDefinitionLoader.ReadDirectory(directory), Instantiate(assembly), directory);

    /// <summary>Loads YAML (path, text) pairs and <paramref name="sets"/> as one set of definitions, validated together.</summary>
    public static LoadedDefinitions LoadWithYaml(IEnumerable<KeyValuePair<string, string>> yamlFiles, IEnumerable<MonitorSet> sets, string? baseDirectory)
    {
        var builder = new MonitorBuilder(baseDirectory);
        foreach (var set in sets)
        {
            set.Define(builder);
        }

        var code = builder.ToDefinitionSet();
        var loaded = YamlDefinitionLoader.Load(yamlFiles, code, alongsideDiagnostics: builder.BuildProblems());
        var files = new List<string>(loaded.Files);
        foreach (var file in SourceFiles(code))
        {
            if (!files.Contains(file))
            {
                files.Add(file);
            }
        }

        return loaded with { Files = files };
    }

    private static List<MonitorSet> Instantiate(Assembly assembly)
    {
        var sets = new List<MonitorSet>();
        foreach (var type in FindMonitorSets(assembly))
        {
            // FindMonitorSets only returns concrete MonitorSet types with a public parameterless constructor.
            sets.Add((MonitorSet)Activator.CreateInstance(type)!);
        }

        return sets;
    }

    private static IEnumerable<string> SourceFiles(DefinitionSet set)
    {
        foreach (var dataset in set.Datasets)
        {
            if (dataset.Source.Location is { } location)
            {
                yield return location.File;
            }
        }

        foreach (var monitor in set.Monitors)
        {
            if (monitor.Source.Location is { } location)
            {
                yield return location.File;
            }
        }
    }
}
