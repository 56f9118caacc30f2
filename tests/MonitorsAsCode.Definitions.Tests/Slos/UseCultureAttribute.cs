using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace MonitorsAsCode.Definitions.Tests.Slos;

/// <summary>Runs a test under the named culture, so culture-sensitive parsing or formatting shows up as a failure.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseCultureAttribute(string name) : BeforeAfterTestAttribute
{
    private CultureInfo? savedCulture;
    private CultureInfo? savedUICulture;

    /// <summary>The culture the test runs under.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override void Before(MethodInfo methodUnderTest)
    {
        savedCulture = CultureInfo.CurrentCulture;
        savedUICulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(Name, useUserOverride: false);
    }

    /// <inheritdoc />
    public override void After(MethodInfo methodUnderTest)
    {
        if (savedCulture is not null)
        {
            CultureInfo.CurrentCulture = savedCulture;
        }

        if (savedUICulture is not null)
        {
            CultureInfo.CurrentUICulture = savedUICulture;
        }
    }
}
