using System.Globalization;

namespace MonitorsAsCode.Rendering.Prometheus;

/// <summary>
/// A YAML value to emit: a mapping with keys in insertion order, a sequence, or a scalar. Generated
/// rule, routing and OpenSLO files are built as these trees and written by <see cref="YamlEmitter"/>,
/// so quoting is decided in one place and the same tree always gives the same bytes.
/// </summary>
internal abstract class YamlValue
{
    public static Scalar Text(string value) => new(value, quoted: false);

    public static Scalar Quoted(string value) => new(value, quoted: true);

    public static Scalar Number(double value) => new(value.ToString("R", CultureInfo.InvariantCulture), quoted: false, raw: true);

    public static Scalar Boolean(bool value) => new(value ? "true" : "false", quoted: false, raw: true);

    /// <summary>A mapping whose entries keep the order they were added in.</summary>
    public sealed class Mapping : YamlValue
    {
        private readonly List<KeyValuePair<string, YamlValue>> entries = [];

        public IReadOnlyList<KeyValuePair<string, YamlValue>> Entries => entries;

        public Mapping Add(string key, YamlValue value)
        {
            entries.Add(new(key, value));
            return this;
        }

        public Mapping Add(string key, string value) => Add(key, Text(value));

        /// <summary>Adds the entry only when <paramref name="value"/> is not null.</summary>
        public Mapping AddOptional(string key, string? value) => value is null ? this : Add(key, Text(value));

        /// <summary>Adds the entry only when <paramref name="value"/> has entries.</summary>
        public Mapping AddOptional(string key, Mapping value) => value.entries.Count == 0 ? this : Add(key, value);
    }

    /// <summary>A sequence.</summary>
    public sealed class Sequence : YamlValue
    {
        private readonly List<YamlValue> items = [];

        public IReadOnlyList<YamlValue> Items => items;

        public Sequence Add(YamlValue item)
        {
            items.Add(item);
            return this;
        }

        public Sequence Add(string item) => Add(Text(item));
    }

    /// <summary>
    /// A scalar. Text is written plain when YAML would read it back as the same text, else double-quoted;
    /// multi-line text as a literal block. Raw scalars (numbers, booleans) are written as they are.
    /// </summary>
    public sealed class Scalar(string value, bool quoted, bool raw = false) : YamlValue
    {
        public string Value { get; } = value;

        public bool ForceQuotes { get; } = quoted;

        public bool Raw { get; } = raw;
    }
}
