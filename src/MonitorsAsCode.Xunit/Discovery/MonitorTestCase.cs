using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Xunit.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Discovery;

/// <summary>
/// One monitor of a suite as an xunit test case, named by the monitor's id and carrying the traits
/// <c>monitor</c>, <c>dataset</c>, <c>check</c>, <c>severity</c>, <c>owner</c> and <c>gate</c>.
/// It serializes only the suite's directory (as written) and the monitor id; everything else is
/// looked up again from the definitions. A case without a monitor id stands for the suite's
/// definitions when they cannot run, and fails saying why.
/// </summary>
public sealed class MonitorTestCase : XunitTestCase
{
    /// <summary>Used by xunit to de-serialize a case; not for code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", error: true)]
    public MonitorTestCase()
    {
    }

    /// <summary>A case for <paramref name="monitorId"/>, or for the suite's definitions when it is null.</summary>
    public MonitorTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        string? monitorsDirectory,
        string? monitorId)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
        MonitorsDirectory = monitorsDirectory;
        MonitorId = monitorId;
    }

    /// <summary>The suite's directory as written in its <see cref="MonitorsDirectoryAttribute"/>; null when the attribute is missing.</summary>
    public string? MonitorsDirectory { get; private set; }

    /// <summary>The monitor this case judges; null for the case that reports why the definitions cannot run.</summary>
    public string? MonitorId { get; private set; }

    /// <summary>Where the runs and definitions come from; tests replace it to count snapshot reads.</summary>
    internal SuiteCache Cache { get; set; } = SuiteCache.Shared;

    private string SuiteName => SuiteLocation.SuiteName(TestMethod.TestClass.Class);

    private SuiteSource? Source => MonitorsDirectory is null
        ? null
        : SuiteLocation.Source(TestMethod, SuiteLocation.Resolve(SuiteLocation.BaseDirectory(TestMethod), MonitorsDirectory));

    /// <inheritdoc/>
    public override Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        object[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource) =>
        new MonitorTestCaseRunner(this, messageBus, aggregator, cancellationTokenSource).RunAsync();

    /// <inheritdoc/>
    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Serialize(data);
        data.AddValue(nameof(MonitorsDirectory), MonitorsDirectory);
        data.AddValue(nameof(MonitorId), MonitorId);
    }

    /// <inheritdoc/>
    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);

        // First: the base class initializes the case (display name, traits) while it de-serializes.
        MonitorsDirectory = data.GetValue<string?>(nameof(MonitorsDirectory));
        MonitorId = data.GetValue<string?>(nameof(MonitorId));
        base.Deserialize(data);
    }

    /// <summary>Runs the suite (once per process) and reads this case's verdict from it.</summary>
    internal MonitorVerdict Judge()
    {
        if (Source is not { } source)
        {
            return new MonitorVerdict(TestOutcome.Failed, $"{SuiteName} derives from MonitorSuite but has no [MonitorsDirectory(\"…\")] attribute saying where its monitors are");
        }

        if (MonitorId is null)
        {
            var problem = Cache.Definitions(source).Problem ?? "the definitions can run now; discover the tests again";
            return new MonitorVerdict(TestOutcome.Failed, $"{problem}\n([MonitorsDirectory(\"{MonitorsDirectory}\")] on {SuiteName}, resolved against the test assembly's folder '{SuiteLocation.BaseDirectory(TestMethod)}')");
        }

        return MonitorVerdict.Of(Cache.Run(source), MonitorId);
    }

    /// <inheritdoc/>
    protected override string GetUniqueID()
    {
        // Every case of a suite shares one test method, so the directory and monitor id tell them apart.
        var key = string.Join("\0", base.GetUniqueID(), MonitorsDirectory ?? string.Empty, MonitorId ?? string.Empty);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <inheritdoc/>
    protected override void Initialize()
    {
        base.Initialize();
        if (MonitorId is null)
        {
            DisplayName = SuiteName + ": definitions";
            return;
        }

        DisplayName = MonitorId;
        AddTrait("monitor", MonitorId);
        if (Source is not { } source || Cache.Definitions(source).Loaded?.Definitions is not { } definitions)
        {
            return;
        }

        if (definitions.FindMonitor(MonitorId) is not { } monitor)
        {
            return;
        }

        AddTrait("dataset", monitor.DatasetId);
        AddTrait("check", YamlWords.Of(monitor.Check));
        AddTrait("severity", YamlWords.Of(monitor.Severity));
        if (monitor.Owner is { } owner)
        {
            AddTrait("owner", owner);
        }

        foreach (var gate in definitions.Gates)
        {
            if (gate.Monitors.Contains(MonitorId, StringComparer.Ordinal))
            {
                AddTrait("gate", gate.Id);
            }
        }
    }

    private void AddTrait(string name, string value)
    {
        if (!Traits.TryGetValue(name, out var values))
        {
            values = [];
            Traits[name] = values;
        }

        values.Add(value);
    }
}
