using MonitorsAsCode.Analyzers.Tests.Verification;

namespace MonitorsAsCode.Analyzers.Tests.Conventions;

/// <summary>
/// Every null-forgiving operator in src/ says why the value cannot be null, in a comment on its line or the line
/// before: the operator silences the compiler, so the reason is the only thing left that a reviewer can check.
/// </summary>
public sealed class NullForgivingOperatorTests
{
    [Fact]
    public void Every_null_forgiving_operator_in_src_carries_its_reason()
    {
        var source = Path.Combine(RepositoryCheckout.Root, "src");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(Path.GetRelativePath(source, file)))
            .ToList();

        var unexplained = files
            .SelectMany(file => NullForgivingOperators.Unexplained(File.ReadAllText(file))
                .Select(line => Path.GetRelativePath(RepositoryCheckout.Root, file).Replace('\\', '/') + ":" + line))
            .Order(StringComparer.Ordinal)
            .ToList();

        files.Should().HaveCountGreaterThan(100, "the check reads the whole of src/");
        string.Join("\n", unexplained).Should().BeEmpty("every one is listed, one per line: a `!` must say why the value cannot be null (a `// ` comment on its line or the line before), or the code should be made null-safe instead");
    }

    [Fact]
    public void A_bare_null_forgiving_operator_is_found_on_its_line()
    {
        const string Source = """
            class C
            {
                string? name;
                int Length() =>
                    name!.Length;
                string Name => name!;
                object Other => null!;
                T Value<T>() => default!;
            }
            """;

        NullForgivingOperators.Unexplained(Source).Should().Equal(5, 6, 7, 8);
    }

    [Fact]
    public void A_comment_on_the_line_or_the_line_before_is_a_reason()
    {
        const string Source = """
            class C
            {
                string? name;
                // Set by the constructor of every subclass before it is read.
                int Length() => name!.Length;
                string Name => name!; // checked by IsValid first

                string Other => name!;
            }
            """;

        NullForgivingOperators.All(Source).Should().Equal(5, 6, 8);
        NullForgivingOperators.Unexplained(Source).Should().Equal(8);
    }

    [Fact]
    public void Logical_not_and_not_equals_are_not_null_forgiving()
    {
        const string Source = """
            class C
            {
                bool M(bool a, int b) => !a && b != 0 && !(b is 1);
            }
            """;

        NullForgivingOperators.All(Source).Should().BeEmpty();
    }

    [Fact]
    public void An_operator_inside_a_target_condition_is_found_for_either_target()
    {
        const string Source = """
            class C
            {
                string? name;
            #if NETSTANDARD2_0
                int Length() => name!.Length;
            #else
                int Length() => name!.Length + 0;
            #endif
            }
            """;

        NullForgivingOperators.Unexplained(Source).Should().Equal(5, 7);
    }

    private static bool IsBuildOutput(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
