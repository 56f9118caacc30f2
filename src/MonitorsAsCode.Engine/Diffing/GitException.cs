namespace MonitorsAsCode.Engine.Diffing;

/// <summary>
/// Git could not give what was asked: the path is not in a working tree, a revision is unknown, or
/// git is not installed. The message is one line meant for the person who ran the command.
/// </summary>
public sealed class GitException(string message) : Exception(message);
