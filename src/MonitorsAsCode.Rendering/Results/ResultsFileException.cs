namespace MonitorsAsCode.Rendering.Results;

/// <summary>A results file cannot be read: missing, not JSON, or not the shape <c>monitors run --format json</c> writes. The message names the file.</summary>
public sealed class ResultsFileException(string message, Exception? inner = null) : Exception(message, inner);
