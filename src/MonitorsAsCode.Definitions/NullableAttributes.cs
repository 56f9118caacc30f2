#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// The nullable-analysis attributes .NET has had since Core 3.0, declared for the netstandard2.0 build the analyzer
// loads, so both builds tell the compiler when a value cannot be null instead of silencing it with '!'.

/// <summary>The out parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
{
    public bool ReturnValue { get; } = returnValue;
}

/// <summary>The return value is not null when the named parameter is not null.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue, AllowMultiple = true)]
internal sealed class NotNullIfNotNullAttribute(string parameterName) : Attribute
{
    public string ParameterName { get; } = parameterName;
}
#endif
