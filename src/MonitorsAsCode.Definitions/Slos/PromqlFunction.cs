using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// A PromQL function's signature: its argument types, how many trailing arguments may be left out
/// (<see cref="Optional"/>; -1 for "any number more of the last type", as <c>label_join</c> takes), and what it returns.
/// </summary>
internal sealed record PromqlFunction(string Name, IReadOnlyList<PromqlValueType> Arguments, int Optional, PromqlValueType Returns);
