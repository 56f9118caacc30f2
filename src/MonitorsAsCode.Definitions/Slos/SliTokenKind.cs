namespace MonitorsAsCode.Definitions.Slos;

/// <summary>The kinds of token an SLI expression is made of.</summary>
internal enum SliTokenKind
{
    End,
    Identifier,
    Number,
    Text,
    And,
    Or,
    Not,
    In,
    Is,
    Null,
    True,
    False,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Plus,
    Minus,
    Star,
    Slash,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
}
