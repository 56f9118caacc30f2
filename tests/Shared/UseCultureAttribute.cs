using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace MonitorsAsCode.Testing;

/// <summary>
/// Runs a test (or every test of a class) under <c>CurrentCulture</c> and <c>CurrentUICulture</c>
/// set to the named culture, so a number formatted or parsed with the current culture shows up as a
/// failure (<c>0,125</c> instead of <c>0.125</c>).
/// </summary>
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
        var culture = new CultureInfo(Name, useUserOverride: false);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
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
