namespace MonitorsAsCode.Definitions.Slos;

/// <summary>One token: its kind, where it is in the text, and its value for names, numbers and text.</summary>
internal readonly record struct SliToken(SliTokenKind Kind, int Start, int Length, string Value, double Number);
