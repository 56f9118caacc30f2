namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// The dataset a monitor checks: a <see cref="DatasetBuilder"/> declared in C#, or the id of a
/// dataset declared anywhere else (YAML or another <see cref="MonitorSet"/>).
/// </summary>
public readonly record struct DatasetReference(string Id)
{
    /// <summary>A dataset named by its id.</summary>
    public static implicit operator DatasetReference(string id) => new(id);

    /// <summary>A dataset declared with <see cref="MonitorBuilder.Dataset"/>.</summary>
    public static implicit operator DatasetReference(DatasetBuilder dataset) => new(dataset.Id);

    /// <summary>A dataset named by its id (the named alternative to the conversion operator).</summary>
    public static DatasetReference FromId(string id) => new(id);

    /// <summary>A declared dataset (the named alternative to the conversion operator).</summary>
    public static DatasetReference FromDataset(DatasetBuilder dataset) => new(dataset.Id);
}
