using MonitorsAsCode.Xunit.Discovery;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Tests.Discovery;

/// <summary>
/// Drives the discoverer and the cases as xunit's own runner does, through xunit's reflection
/// abstractions and a message bus that records what the runner would be told.
/// </summary>
internal static class XunitHarness
{
    /// <summary>The cases <see cref="MonitorTestCaseDiscoverer"/> yields for suite <typeparamref name="TSuite"/>.</summary>
    public static IReadOnlyList<MonitorTestCase> Discover<TSuite>()
        where TSuite : MonitorSuite
    {
        var method = MethodOf<TSuite>();
        var fact = method.Method.GetCustomAttributes(typeof(FactAttribute).AssemblyQualifiedName).Single();
        var cases = new MonitorTestCaseDiscoverer(new NullMessageSink()).Discover(new DiscoveryOptions(), method, fact);
        return [.. cases.Cast<MonitorTestCase>()];
    }

    /// <summary>The test method of suite <typeparamref name="TSuite"/>, in a test assembly read by reflection.</summary>
    public static ITestMethod MethodOf<TSuite>()
        where TSuite : MonitorSuite
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(TSuite).Assembly));
        var collection = new TestCollection(assembly, null, "suites");
        var testClass = new TestClass(collection, Reflector.Wrap(typeof(TSuite)));
        var method = typeof(TSuite).GetMethod(nameof(MonitorSuite.Monitor)) ?? throw new InvalidOperationException("MonitorSuite.Monitor is missing");
        return new TestMethod(testClass, Reflector.Wrap(method));
    }

    /// <summary>Runs one case and returns every message it sent, in order.</summary>
    public static async Task<IReadOnlyList<IMessageSinkMessage>> RunAsync(MonitorTestCase testCase)
    {
        using var bus = new RecordingMessageBus();
        using var cancellation = new CancellationTokenSource();
        await testCase.RunAsync(new NullMessageSink(), bus, [], new ExceptionAggregator(), cancellation);
        return bus.Messages;
    }

    /// <summary>The one result message (passed, failed or skipped) a run of <paramref name="testCase"/> sent.</summary>
    public static async Task<ITestResultMessage> ResultOfAsync(MonitorTestCase testCase) =>
        (await RunAsync(testCase)).OfType<ITestResultMessage>().Single();

    private sealed class DiscoveryOptions : ITestFrameworkDiscoveryOptions
    {
        public TValue GetValue<TValue>(string name) => default!;

        public void SetValue<TValue>(string name, TValue value)
        {
        }
    }

    private sealed class RecordingMessageBus : IMessageBus
    {
        private readonly List<IMessageSinkMessage> messages = [];

        public IReadOnlyList<IMessageSinkMessage> Messages
        {
            get
            {
                lock (messages)
                {
                    return [.. messages];
                }
            }
        }

        public bool QueueMessage(IMessageSinkMessage message)
        {
            lock (messages)
            {
                messages.Add(message);
            }

            return true;
        }

        public void Dispose()
        {
        }
    }
}
