namespace MonitorsAsCode.Definitions.Slos;

/// <summary>Arithmetic on numbers: <c>+ - * /</c>.</summary>
public enum SliArithmeticOperator
{
    /// <summary><c>+</c></summary>
    Add,

    /// <summary><c>-</c></summary>
    Subtract,

    /// <summary><c>*</c></summary>
    Multiply,

    /// <summary><c>/</c>; dividing by zero gives an unknown value, so the event is not good.</summary>
    Divide,
}
