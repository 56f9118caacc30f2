namespace MonitorsAsCode.Engine.Checks;

/// <summary>A monitor could not be evaluated; its result becomes <c>error</c> with this message as evidence.</summary>
internal class CheckException(string message) : Exception(message);
