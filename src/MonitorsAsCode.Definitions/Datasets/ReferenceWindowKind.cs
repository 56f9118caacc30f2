namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>How a reference relative to the judged window is placed in time.</summary>
public enum ReferenceWindowKind
{
    /// <summary>One stretch of <see cref="ReferenceWindow.Window"/> ending <see cref="ReferenceWindow.Offset"/> before the judged window starts.</summary>
    Trailing,

    /// <summary>The judged window shifted back by one week, two weeks, … up to <see cref="ReferenceWindow.Weeks"/> weeks: the same weekday and hours.</summary>
    SameWeekday,
}
