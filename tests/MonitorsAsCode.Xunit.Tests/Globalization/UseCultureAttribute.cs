using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Tests.Globalization;

/// <summary>
/// Runs a test (or every test of a class) under the given culture, then restores the previous one,
/// so that a number formatted or parsed with the current culture (<c>0,125</c>) shows up as a failure.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseCultureAttribute : BeforeAfterTestAttribute
{
    private CultureInfo? _previousCulture;
    private CultureInfo? _previousUICulture;

    public UseCultureAttribute(string culture)
    {
        Culture = culture;
    }

    /// <summary>The culture name, such as <c>de-DE</c>.</summary>
    public string Culture { get; }

    public override void Before(MethodInfo methodUnderTest)
    {
        _previousCulture = CultureInfo.CurrentCulture;
        _previousUICulture = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.GetCultureInfo(Culture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        if (_previousCulture is not null)
        {
            CultureInfo.CurrentCulture = _previousCulture;
        }

        if (_previousUICulture is not null)
        {
            CultureInfo.CurrentUICulture = _previousUICulture;
        }
    }
}
