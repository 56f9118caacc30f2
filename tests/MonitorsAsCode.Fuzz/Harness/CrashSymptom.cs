using System.Diagnostics;

namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>A stable name for a crash: the exception's type and the innermost project method it came from.</summary>
internal static class CrashSymptom
{
    public static string Of(Exception exception)
    {
        var innermost = exception;
        while (innermost is AggregateException { InnerException: { } inner })
        {
            innermost = inner;
        }

        var frame = new StackTrace(innermost, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.FullName?.StartsWith("MonitorsAsCode.", StringComparison.Ordinal) == true
                && m.DeclaringType.FullName.StartsWith("MonitorsAsCode.Fuzz", StringComparison.Ordinal) is false);
        var where = frame is null ? "outside the project" : $"{frame.DeclaringType!.Name}.{frame.Name}";
        return $"{innermost.GetType().Name} in {where}";
    }
}
