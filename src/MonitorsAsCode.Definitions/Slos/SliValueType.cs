namespace MonitorsAsCode.Definitions.Slos;

/// <summary>The type of an SLI expression's value, as the type checker infers it from the dataset's columns.</summary>
public enum SliValueType
{
    /// <summary>A number (double or int64 columns, number literals, arithmetic).</summary>
    Number,

    /// <summary>Text (string columns, quoted literals).</summary>
    Text,

    /// <summary>True or false (bool columns, comparisons, conditions).</summary>
    Boolean,

    /// <summary>An instant or date: only <c>is null</c> applies.</summary>
    Time,
}
