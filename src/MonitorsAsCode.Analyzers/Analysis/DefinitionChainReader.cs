using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// Reads a definition written with the C# API from its <c>MonitorBuilder</c> call: the call, every
/// builder call chained on it (directly, or on a local that holds it), and each argument's constant
/// value and position. Arguments that are not constants are read as unknown, never guessed.
/// </summary>
internal static class DefinitionChainReader
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Dataset", "Drift", "Completeness", "Validity", "Uniqueness", "Volume", "Freshness", "Schema", "Performance", "LabelCoverage", "Gate", "Slo", "MonitorSlo", "Event",
        "HistoryStore", "HistoryPostgres",
    };

    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, DatasetIdOfLocalReading>> LocalDatasetIds = new();

    /// <summary>Seconds per unit, by the parameter names of <see cref="TimeSpan"/>'s constructors and factories.</summary>
    private static readonly Dictionary<string, double> SecondsPerUnit = new(StringComparer.Ordinal)
    {
        ["days"] = 86400, ["hours"] = 3600, ["minutes"] = 60, ["seconds"] = 1,
        ["milliseconds"] = 1e-3, ["microseconds"] = 1e-6, ["ticks"] = 1e-7,
    };

    /// <summary>
    /// The definition declared by <paramref name="invocation"/>, or null when it is not a
    /// <c>MonitorBuilder</c> call inside a <c>MonitorSet</c>.
    /// </summary>
    public static DefinitionChain? Read(IInvocationOperation invocation, ISymbol containingSymbol, BuilderSymbols symbols, CancellationToken cancellationToken)
    {
        if (!MayDeclare(invocation, symbols) || !symbols.IsInMonitorSet(containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType))
        {
            return null;
        }

        var head = ReadCall(invocation, symbols, cancellationToken);
        var calls = new List<KeyValuePair<int, DefinitionCall>>();
        var outermost = ReadChainUpwards(invocation, symbols, calls, cancellationToken);
        bool isOpen;
        switch (outermost.Parent)
        {
            case IExpressionStatementOperation:
                isOpen = false;
                break;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                isOpen = !ReadUsesOfLocal(declarator.Symbol, Root(invocation), symbols, calls, cancellationToken);
                break;
            case IConversionOperation conversion when SymbolEqualityComparer.Default.Equals(conversion.Type, symbols.DatasetReference):
                isOpen = false;
                break;
            default:
                isOpen = true;
                break;
        }

        calls.Sort((a, b) => a.Key.CompareTo(b.Key));
        var ordered = new List<DefinitionCall>(calls.Count);
        foreach (var call in calls)
        {
            ordered.Add(call.Value);
        }

        return new DefinitionChain(head, ordered, isOpen, invocation.Syntax.SyntaxTree.FilePath, invocation.Syntax.SpanStart);
    }

    /// <summary>Whether <paramref name="invocation"/> is a <c>MonitorBuilder</c> call that declares a definition (a cheap test made before reading).</summary>
    public static bool MayDeclare(IInvocationOperation invocation, BuilderSymbols symbols) =>
        Heads.Contains(invocation.TargetMethod.Name) && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.MonitorBuilder);

    /// <summary>Adds the builder calls chained on <paramref name="start"/>; returns the outermost operation of the chain.</summary>
    private static IOperation ReadChainUpwards(IOperation start, BuilderSymbols symbols, List<KeyValuePair<int, DefinitionCall>> calls, CancellationToken cancellationToken)
    {
        var current = start;
        while (current.Parent is IInvocationOperation outer
            && outer.Instance == current
            && symbols.IsChainType(outer.TargetMethod.ContainingType))
        {
            calls.Add(new KeyValuePair<int, DefinitionCall>(outer.Syntax.SpanStart, ReadCall(outer, symbols, cancellationToken)));
            current = outer;
        }

        return current;
    }

    /// <summary>
    /// Reads the builder calls made on <paramref name="local"/> in <paramref name="root"/>; returns false when
    /// the local is used in a way the analyzer does not follow (so the definition may have more to it).
    /// </summary>
    private static bool ReadUsesOfLocal(ILocalSymbol local, IOperation root, BuilderSymbols symbols, List<KeyValuePair<int, DefinitionCall>> calls, CancellationToken cancellationToken)
    {
        var followed = true;
        foreach (var operation in root.Descendants())
        {
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            switch (reference.Parent)
            {
                case IInvocationOperation invocation when invocation.Instance == reference && symbols.IsChainType(invocation.TargetMethod.ContainingType):
                    calls.Add(new KeyValuePair<int, DefinitionCall>(invocation.Syntax.SpanStart, ReadCall(invocation, symbols, cancellationToken)));
                    followed &= ReadChainUpwards(invocation, symbols, calls, cancellationToken).Parent is IExpressionStatementOperation;
                    break;
                case IConversionOperation conversion when SymbolEqualityComparer.Default.Equals(conversion.Type, symbols.DatasetReference):
                    break;
                default:
                    followed = false;
                    break;
            }
        }

        return followed;
    }

    private static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    private static DefinitionCall ReadCall(IInvocationOperation invocation, BuilderSymbols symbols, CancellationToken cancellationToken)
    {
        var arguments = new Dictionary<string, ArgumentReading>(StringComparer.Ordinal);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                arguments[parameter.Name] = ReadDefault(parameter);
                continue;
            }

            var location = argument.ArgumentKind == ArgumentKind.Explicit && !argument.IsImplicit ? argument.Value.Syntax.GetLocation() : null;
            arguments[parameter.Name] = ReadValue(argument.Value, parameter.Type, location, symbols, cancellationToken);
        }

        return new DefinitionCall(invocation.TargetMethod.Name, NameLocation(invocation), arguments);
    }

    /// <summary>The parameter's default, read like a written constant (an enum as its underlying value, a number as a double).</summary>
    private static ArgumentReading ReadDefault(IParameterSymbol parameter) => parameter.HasExplicitDefaultValue
        ? parameter.ExplicitDefaultValue switch
        {
            null => ArgumentReading.Constant(null, null),
            string text => ArgumentReading.Constant(text, null),
            IConvertible number when parameter.Type.TypeKind == TypeKind.Enum => ArgumentReading.Constant(number.ToInt32(CultureInfo.InvariantCulture), null),
            IConvertible number => ArgumentReading.Constant(number.ToDouble(CultureInfo.InvariantCulture), null),
            _ => ArgumentReading.Unknown(null),
        }
        : ArgumentReading.Unknown(null);

    private static Location NameLocation(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.GetLocation(),
        InvocationExpressionSyntax call => call.Expression.GetLocation(),
        _ => invocation.Syntax.GetLocation(),
    };

    private static ArgumentReading ReadValue(IOperation value, ITypeSymbol type, Location? location, BuilderSymbols symbols, CancellationToken cancellationToken)
    {
        if (type is IArrayTypeSymbol)
        {
            return ReadList(value, location);
        }

        if (SymbolEqualityComparer.Default.Equals(type, symbols.DatasetReference))
        {
            return ReadDatasetReference(value, location, symbols, cancellationToken);
        }

        if (symbols.TimeSpan is not null && SymbolEqualityComparer.Default.Equals(type, symbols.TimeSpan))
        {
            return Seconds(value, symbols) is { } seconds ? ArgumentReading.Constant(seconds, location) : ArgumentReading.Unknown(location);
        }

        return ReadConstant(value, type.TypeKind == TypeKind.Enum, location);
    }

    private static ArgumentReading ReadConstant(IOperation value, bool isEnum, Location? location)
    {
        var constant = Unwrap(value).ConstantValue;
        if (!constant.HasValue)
        {
            return ArgumentReading.Unknown(location);
        }

        return constant.Value switch
        {
            null => ArgumentReading.Constant(null, location),
            string text => ArgumentReading.Constant(text, location),
            bool flag => ArgumentReading.Constant(flag, location),
            char => ArgumentReading.Unknown(location),
            IConvertible number when isEnum => ArgumentReading.Constant(number.ToInt32(CultureInfo.InvariantCulture), location),
            IConvertible number => ArgumentReading.Constant(number.ToDouble(CultureInfo.InvariantCulture), location),
            _ => ArgumentReading.Unknown(location),
        };
    }

    /// <summary>Strips the conversions a constant goes through on its way to a parameter (<c>1</c> to <c>double?</c>).</summary>
    private static IOperation Unwrap(IOperation value)
    {
        var current = value;
        while (!current.ConstantValue.HasValue && current is IConversionOperation conversion && conversion.OperatorMethod is null)
        {
            current = conversion.Operand;
        }

        return current;
    }

    private static ArgumentReading ReadList(IOperation value, Location? location)
    {
        var current = value;
        while (current is IConversionOperation conversion)
        {
            current = conversion.Operand;
        }

        var values = current switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            ICollectionExpressionOperation collection => collection.Elements,
            _ => default(System.Collections.Immutable.ImmutableArray<IOperation>?),
        };

        if (values is not { } elements)
        {
            return ArgumentReading.Unknown(location);
        }

        var readings = new List<ArgumentReading>(elements.Length);
        foreach (var element in elements)
        {
            readings.Add(element is ISpreadOperation ? ArgumentReading.Unknown(element.Syntax.GetLocation()) : ReadConstant(element, isEnum: false, element.Syntax.GetLocation()));
        }

        return ArgumentReading.List(readings, location);
    }

    /// <summary>A dataset named by a constant id, or by a <c>DatasetBuilder</c> whose <c>Dataset(...)</c> call has one.</summary>
    private static ArgumentReading ReadDatasetReference(IOperation value, Location? location, BuilderSymbols symbols, CancellationToken cancellationToken)
    {
        var operand = value is IConversionOperation { OperatorMethod: not null } conversion ? conversion.Operand : value;
        if (operand.ConstantValue is { HasValue: true, Value: string id })
        {
            return ArgumentReading.Constant(id, location);
        }

        return DatasetIdOf(operand, symbols, cancellationToken) is { } resolved
            ? ArgumentReading.Constant(resolved, location)
            : ArgumentReading.Unknown(location);
    }

    /// <summary>Follows a dataset expression (a chain, or a local initialised with one) back to its <c>Dataset("id")</c> call.</summary>
    private static string? DatasetIdOf(IOperation expression, BuilderSymbols symbols, CancellationToken cancellationToken)
    {
        var current = expression;
        for (var step = 0; step < 64; step++)
        {
            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    continue;
                case IInvocationOperation invocation when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.MonitorBuilder):
                    return invocation.TargetMethod.Name == "Dataset" ? ReadCall(invocation, symbols, cancellationToken).Argument("id")?.Text : null;
                case IInvocationOperation { Instance: { } instance } invocation when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.DatasetBuilder):
                    current = instance;
                    continue;
                case ILocalReferenceOperation reference:
                    return DatasetIdOfLocal(reference, symbols, cancellationToken);
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The dataset id a local holds, found through its initialiser once per compilation: every monitor of a set
    /// names the same few dataset locals, and binding a long <c>Dataset(...).Column(...)</c> initialiser for each
    /// of hundreds of monitors was most of the analyzer's time.
    /// </summary>
    private static string? DatasetIdOfLocal(ILocalReferenceOperation reference, BuilderSymbols symbols, CancellationToken cancellationToken)
    {
        var compilation = reference.SemanticModel?.Compilation;
        if (compilation is null)
        {
            return InitializerOf(reference, cancellationToken) is { } initializer ? DatasetIdOf(initializer, symbols, cancellationToken) : null;
        }

        var known = LocalDatasetIds.GetValue(compilation, _ => new ConcurrentDictionary<ISymbol, DatasetIdOfLocalReading>(SymbolEqualityComparer.Default));
        if (known.TryGetValue(reference.Local, out var reading))
        {
            return reading.Id;
        }

        var id = InitializerOf(reference, cancellationToken) is { } value ? DatasetIdOf(value, symbols, cancellationToken) : null;
        return known.GetOrAdd(reference.Local, new DatasetIdOfLocalReading(id)).Id;
    }

    private static IOperation? InitializerOf(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var model = reference.SemanticModel;
        if (model is null || reference.Local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = reference.Local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (syntax is not VariableDeclaratorSyntax { Initializer.Value: { } value } || value.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        return model.GetOperation(value, cancellationToken);
    }

    /// <summary>The seconds of a constant <see cref="TimeSpan"/>: <c>TimeSpan.FromHours(36)</c>, <c>new TimeSpan(1, 12, 0, 0)</c>, <c>TimeSpan.Zero</c>.</summary>
    private static double? Seconds(IOperation value, BuilderSymbols symbols)
    {
        var current = value;
        while (current is IConversionOperation { OperatorMethod: null } conversion)
        {
            current = conversion.Operand;
        }

        switch (current)
        {
            case IFieldReferenceOperation { Field.Name: "Zero" } field when SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, symbols.TimeSpan):
                return 0;
            case IDefaultValueOperation:
                return 0;
            case IInvocationOperation invocation when invocation.TargetMethod.IsStatic
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.TimeSpan)
                && invocation.TargetMethod.Name.StartsWith("From", StringComparison.Ordinal):
                {
                    var unit = invocation.TargetMethod.Name.Substring(4).ToLowerInvariant();
                    return SumOfUnits(invocation.Arguments, unit);
                }

            case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, symbols.TimeSpan):
                return SumOfUnits(creation.Arguments, defaultUnit: null);
            default:
                return null;
        }
    }

    private static double? SumOfUnits(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string? defaultUnit)
    {
        var total = 0.0;
        foreach (var argument in arguments)
        {
            var name = argument.Parameter?.Name;
            if (name is null || !SecondsPerUnit.TryGetValue(name, out var factor))
            {
                if (defaultUnit is null || !SecondsPerUnit.TryGetValue(defaultUnit, out factor))
                {
                    return null;
                }
            }

            if (ReadConstant(argument.Value, isEnum: false, null).Number is not { } amount)
            {
                return null;
            }

            total += amount * factor;
        }

        return total;
    }

    /// <summary>A local's dataset id, or null when it does not hold a known dataset (a class, so the cache can hold null).</summary>
    private sealed class DatasetIdOfLocalReading(string? id)
    {
        public string? Id { get; } = id;
    }
}
