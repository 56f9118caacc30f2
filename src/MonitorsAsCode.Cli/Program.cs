using MonitorsAsCode.Cli;
using MonitorsAsCode.Cli.Commands;

return MonitorsCli.Run(args, CliEnvironment.FromConsole());
