using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// What the analyzer knows of one argument of a builder call: whether it is a compile-time constant,
/// its value (a string, a number, an enum's underlying value, a duration in seconds, or a list) and
/// where it was written.
/// </summary>
internal sealed class ArgumentReading
{
    private ArgumentReading(bool isConstant, object? value, Location? location, IReadOnlyList<ArgumentReading>? elements)
    {
        IsConstant = isConstant;
        Value = value;
        Location = location;
        Elements = elements;
    }

    /// <summary>Whether the value is known at compile time.</summary>
    public bool IsConstant { get; }

    /// <summary>The value when constant: a string, a double, an int (enum), or null.</summary>
    public object? Value { get; }

    /// <summary>Where the argument was written; null when the parameter's default was used.</summary>
    public Location? Location { get; }

    /// <summary>For a list (params or collection expression), each element; null when the list itself is not known.</summary>
    public IReadOnlyList<ArgumentReading>? Elements { get; }

    public string? Text => IsConstant ? Value as string : null;

    public double? Number => IsConstant && Value is double number ? number : null;

    public int? EnumValue => IsConstant && Value is int value ? value : null;

    public static ArgumentReading Constant(object? value, Location? location) => new(true, value, location, null);

    public static ArgumentReading Unknown(Location? location) => new(false, null, location, null);

    public static ArgumentReading List(IReadOnlyList<ArgumentReading> elements, Location? location) => new(true, null, location, elements);
}
