using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepGen.Asl.Collections;
using StepGen.Asl.Source;
using StepGen.SourceGenerators.Reading;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// The generator's syntax shortcut (<see cref="SyntaxShortcut"/>): where it reads a state class from syntax, the model
/// equals what binding gives; where binding could differ, it declines. The mutation runs check the same equality on
/// every mutated source (<see cref="CrashHarness.ShortcutMismatch"/>).
/// </summary>
public sealed class SyntaxShortcutTests
{
    private const string Machine = """
        using StepGen;

        namespace Shop;

        [StateMachine(StartAt = nameof(A))]
        public partial class M
        {
            {{STATE}}
            public partial class A;

            [Succeed]
            public partial class B;
        }
        """;

    private static string WithState(string attributes, string prefix = "") => prefix + Machine.Replace("{{STATE}}", attributes, StringComparison.Ordinal);

    /// <summary>Reads class <paramref name="name"/> both ways; the syntax result is null when the shortcut declined.</summary>
    private static (EquatableArray<SourceAttribute>? Syntax, EquatableArray<SourceAttribute> Bound) Read(string name, params string[] sources)
    {
        CSharpCompilation compilation = TestCompilation.From(sources);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            foreach (TypeDeclarationSyntax nested in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (nested.Identifier.ValueText != name || nested.Parent is not TypeDeclarationSyntax container)
                {
                    continue;
                }

                var symbol = (INamedTypeSymbol)compilation.GetSemanticModel(tree).GetDeclaredSymbol(nested)!;
                EquatableArray<SourceAttribute> bound = MachineReader.ReadOwnAttributes(symbol, new AttributeMap());
                SyntaxShortcut? shortcut = SyntaxShortcut.For(compilation);
                SyntaxShortcut.Scope? scope = shortcut?.ScopeOf(container, symbol.ContainingType);
                return (scope is null ? null : shortcut!.TryRead(nested, scope), bound);
            }
        }

        throw new InvalidOperationException($"no nested class {name}");
    }

    private static EquatableArray<SourceAttribute> AssertRead(string name, params string[] sources)
    {
        // Equal models of code that does not compile would prove little.
        TestCompilation.AssertNoErrors(TestCompilation.From(sources));
        (EquatableArray<SourceAttribute>? syntax, EquatableArray<SourceAttribute> bound) = Read(name, sources);
        Assert.True(syntax is not null, "the shortcut declined a class it should read");
        Assert.Equal(bound, syntax!.Value);
        Assert.NotEmpty(bound);
        return bound;
    }

    private static void AssertDeclined(string name, params string[] sources)
    {
        (EquatableArray<SourceAttribute>? syntax, _) = Read(name, sources);
        Assert.Null(syntax);
    }

    [Theory]
    [InlineData("""[Pass(Next = nameof(B), ResultPath = "$.x", Result = "{ \"a\": 1 }")]""")]
    [InlineData("""[Pass(Next = nameof(B), Result = @"{ ""verbatim"": true }")]""")]
    [InlineData("[Pass(Next = \"B\", Result = \"\"\"\n{ \"raw\": 1 }\n\"\"\")]")]
    [InlineData("""[Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(B), TimeoutSeconds = 0x10, HeartbeatSeconds = -5)]""")]
    [InlineData("""[Task(Resource = "arn", Next = nameof(B))] [Retry] [Retry("A")] [Retry("A", "B", IntervalSeconds = 1_000, BackoffRate = 2, MaxAttempts = 3)] [Catch("States.ALL", Next = nameof(B))]""")]
    [InlineData("""[Task(Resource = "arn", End = true)] [Retry("A", BackoffRate = -0)] [Retry("A", BackoffRate = 1.5)] [Retry("A", BackoffRate = -2.5e3)] [Retry("A", BackoffRate = 3000000000)] [Retry("A", BackoffRate = -3000000000)] [Retry("A", BackoffRate = 10000000000000000000)] [Retry("A", BackoffRate = 5L)]""")]
    [InlineData("""[Task(Resource = "arn", End = true, Comment = null)] [Parameter("a", "x")] [Parameter("b", 5)] [Parameter("c", -7)] [Parameter("d", true)] [Parameter("e", 2.5)] [Parameter("f", null)] [Parameter("g", 5000000000)] [Parameter("g2", 3000000000)] [Parameter("g3", -3000000000)] [Parameter("g4", 10000000000000000000)] [Parameter("g5", 7u)] [Parameter("g6", 7UL)] [Parameter("h", Path = "$.h")] [Parameter("i", nameof(B))]""")]
    [InlineData("""[Pass(End = true, QueryLanguage = QueryLanguage.JsonAta, Output = "{% $states.input %}")]""")]
    [InlineData("""[Choice(Default = nameof(B))] [When("$.a == 1", Next = nameof(B))] [When("$.b", Next = nameof(A), Comment = "loop")]""")]
    [InlineData("""[System.Obsolete] [Pass(End = true)] [System.Serializable]""")]
    [InlineData("""[PassAttribute(End = true)]""")]
    [InlineData("""[Wait(Seconds = 1, End = true)]""")] // the baseline of the declined cases below
    public void Reads_TheSameModelAsBinding(string attributes) => AssertRead("A", WithState(attributes));

    [Fact]
    public void ImplicitUsingsOfSystemThreadingTasks_DoNotHideTheTaskAttribute()
    {
        // Task (System.Threading.Tasks) is not an attribute class, so [Task] still binds to StepGen's.
        AssertRead("A", WithState("""[Task(Resource = "arn", End = true)]""", "using System.Threading.Tasks;\n"));
        AssertRead("A", WithState("""[Task(Resource = "arn", End = true)]"""), "global using System.Threading.Tasks;");
    }

    [Fact]
    public void StepGenImportedGloballyOrByAnEnclosingNamespace_IsSeen()
    {
        AssertRead("A", WithState("[Pass(End = true)]").Replace("using StepGen;", string.Empty, StringComparison.Ordinal), "global using StepGen;");
        AssertRead("A", """
            namespace StepGen.Shop
            {
                [StateMachine(StartAt = nameof(A))]
                public partial class M { [Pass(End = true)] public partial class A; }
            }
            """);
        AssertRead("A", """
            namespace Shop
            {
                using StepGen;

                [StateMachine(StartAt = nameof(A))]
                public partial class M { [Pass(End = true)] public partial class A; }
            }
            """);
    }

    [Theory]
    [InlineData("""[HttpTask(Endpoint = typeof(M), End = true)]""")] // typeof: needs the symbol
    [InlineData("""[Pass(Next = M.Next, End = false)]""")] // a constant
    [InlineData("""[Pass(Next = "B" + "", End = true)]""")] // an expression
    [InlineData("""[Pass(Next = nameof(M.B))]""")] // a qualified nameof
    [InlineData("""[Pass(Next = nameof(Missing))]""")] // a nameof that does not bind
    [InlineData("[Pass(Next = nameo\u200Ff(B))]")] // a formatting character: not the nameof keyword to the compiler
    [InlineData("[P\\u0061ss(Next = \"B\")]")] // an escaped identifier
    [InlineData("""[Header(value: "v", name: "n")] [Pass(End = true)]""")] // named-colon arguments
    [InlineData("""[Retry(new[] { "A" })] [Pass(End = true)]""")] // params in its normal form
    [InlineData("""[Task(Resource = "arn", End = true, TimeoutSeconds = 'a')]""")] // a char converted to int
    [InlineData("""[Task(Resource = "arn", End = true, TimeoutSeconds = 5L)]""")] // does not convert
    [InlineData("""[Retry("A", BackoffRate = 2f)] [Pass(End = true)]""")] // float widening: left to binding
    [InlineData("""[Pass(End = true, QueryLanguage = 0)]""")] // an integer as an enum
    [InlineData("""[Pass(End = true, QueryLanguage = (QueryLanguage)1)]""")] // a cast
    [InlineData("""[Pass(Next = $"B", End = false)]""")] // an interpolated string
    [InlineData("""[Pass(Next = "B", Next = "B")]""")] // a duplicate named argument
    [InlineData("""[Pass(Nxt = "B")]""")] // no such property
    [InlineData("""[StepGen.Pass(Next = "B")]""")] // a qualified name
    [InlineData("""[type: Pass(Next = "B")]""")] // an explicit target
    [InlineData("""[Pass(Next = "B"]""")] // does not parse
    public void Declines_WhatOnlyBindingCanTell(string attributes)
    {
        const string constant = "public const string Next = \"B\";";
        AssertDeclined("A", WithState(attributes).Replace("public partial class B;", "public partial class B; " + constant, StringComparison.Ordinal));
    }

    [Fact]
    public void Declines_WhenAnotherCandidateCouldTakeTheName()
    {
        const string state = """[Wait(Seconds = 1, End = true)]""";

        // A source type with the attribute's name, anywhere in the compilation.
        AssertDeclined("A", WithState(state), "namespace Elsewhere { public class Wait { } }");
        AssertDeclined("A", WithState(state), "namespace Elsewhere { public class WaitAttribute : System.Attribute { } }");
        AssertDeclined("A", WithState(state), "namespace Elsewhere { public class Outer { public class Wait { } } }");
        AssertDeclined("A", WithState(state), "namespace Elsewhere.Wait { public class X { } }");

        // An alias of that name, in the file or global.
        AssertDeclined("A", WithState(state, "using Wait = System.ObsoleteAttribute;\n"));
        AssertDeclined("A", WithState(state), "global using WaitAttribute = System.ObsoleteAttribute;");

        // A static using, an extern alias, a base type: each can bring nested types into scope.
        AssertDeclined("A", WithState(state, "using static System.Math;\n"));
        AssertDeclined("A", WithState(state).Replace("public partial class M", "public partial class M : Base", StringComparison.Ordinal), "public class Base { }");

        // StepGen not imported at all: [Wait] does not bind to it.
        AssertDeclined("A", WithState(state).Replace("using StepGen;", string.Empty, StringComparison.Ordinal));

        // A method named nameof makes nameof(...) an invocation.
        AssertDeclined("A", WithState("""[Pass(Next = nameof(B))]""").Replace("public partial class B;", "public partial class B; static string nameof(object o) => \"\";", StringComparison.Ordinal));

        // A namespace named nameof (half-typed code declares one easily) takes the name as well.
        AssertDeclined("A", WithState("""[Pass(Next = nameof(B))]"""), "namespace nameof { }");

        // The same from another declaration of the partial machine.
        AssertDeclined("A", WithState("""[Pass(Next = nameof(B))]"""), "namespace Shop; public partial class M { static string nameof(object o) => \"\"; }");

        // A property named like StepGen's enum competes with the enum in QueryLanguage.JsonAta.
        AssertDeclined("A", WithState("""[Pass(End = true, QueryLanguage = QueryLanguage.JsonAta)]""").Replace("public partial class B;", "public partial class B; public static int QueryLanguage => 1;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Pass(Next = nameof(B))] public partial class A { static string nameof(object o) => \"\"; }")]
    [InlineData("[Pass(End = true, QueryLanguage = QueryLanguage.JsonAta)] public partial class A { public static int QueryLanguage => 1; }")]
    [InlineData("[Pass(Next = nameof(C))] public partial class A { public class C { } }")]
    public void MembersOfTheStateClassItself_DoNotMisleadIt(string stateClass)
    {
        // The class's own members may be in scope for its attributes; whatever the shortcut answers must match binding.
        string source = Machine.Replace("{{STATE}}\n    public partial class A;", stateClass, StringComparison.Ordinal);
        Assert.Contains(stateClass, source, StringComparison.Ordinal);
        (EquatableArray<SourceAttribute>? syntax, EquatableArray<SourceAttribute> bound) = Read("A", source);
        if (syntax is not null)
        {
            Assert.Equal(bound, syntax.Value);
        }
    }

    [Fact]
    public void Declines_WhenStepGensNamespaceIsAlsoDeclaredInSource()
    {
        // A type of the user's own directly in namespace StepGen could be an attribute the shortcut does not know.
        CSharpCompilation compilation = TestCompilation.From(WithState("[Pass(End = true)]"), "namespace StepGen { public sealed class ExtraAttribute : System.Attribute { } }");
        Assert.Null(SyntaxShortcut.For(compilation));

        // Types in a deeper namespace ("StepGen.Samples") are fine.
        Assert.NotNull(SyntaxShortcut.For(TestCompilation.From(WithState("[Pass(End = true)]"), "namespace StepGen.Samples { public class X { } }")));
    }

    [Fact]
    public void PartialStateClasses_AreLeftToBinding()
    {
        // Two declarations of a state class merge their attributes in an order only the symbol knows.
        string first = WithState("[Pass(Next = \"B\")]");
        const string second = "using StepGen; namespace Shop; public partial class M { [Retry(\"x\")] public partial class A; }";
        CSharpCompilation compilation = TestCompilation.From(first, second);
        INamedTypeSymbol machine = compilation.GetTypeByMetadataName("Shop.M")!;
        SourceMachine fast = MachineReader.Read(machine, map: null, CancellationToken.None, SyntaxShortcut.For(compilation));
        SourceMachine bound = MachineReader.Read(machine, map: null, CancellationToken.None);
        Assert.Equal(bound, fast);
        Assert.Equal(2, fast.States.Single(s => s.ClassName == "A").Attributes.Count);
    }

    [Fact]
    public void EveryCorpusSource_ReadsTheSameBothWays_AndMostStateClassesFromSyntax()
    {
        int decided = 0;
        int total = 0;
        foreach ((string name, string source) in RobustnessCorpus.All)
        {
            CSharpCompilation compilation = TestCompilation.From(source);
            Assert.True(CrashHarness.ShortcutMismatch(compilation) is null, $"{name}: {CrashHarness.ShortcutMismatch(compilation)}");
            SyntaxShortcut shortcut = SyntaxShortcut.For(compilation)!;
            foreach (INamedTypeSymbol machine in StateMachines(compilation))
            {
                Assert.Equal(MachineReader.Read(machine, map: null, CancellationToken.None), MachineReader.Read(machine, map: null, CancellationToken.None, shortcut));
                foreach (INamedTypeSymbol nested in machine.GetTypeMembers())
                {
                    var declaration = (TypeDeclarationSyntax)nested.DeclaringSyntaxReferences[0].GetSyntax();
                    total++;
                    if (shortcut.ScopeOf((TypeDeclarationSyntax)declaration.Parent!, machine) is { } scope && shortcut.TryRead(declaration, scope) is not null)
                    {
                        decided++;
                    }
                }
            }
        }

        // The samples use typeof endpoints and constants in places; those classes are bound, the rest are not.
        Assert.True(total > 40, $"only {total} state classes in the corpus");
        Assert.True(decided * 2 > total, $"the shortcut read only {decided} of {total} corpus state classes");
    }

    [Fact]
    public void OffSymbol_TurnsTheShortcutOff_AndTheOutputIsTheSame()
    {
        // StepGenSyntaxShortcut=false in the project defines the symbol (nuget/build/StepGen.targets).
        CSharpCompilation on = TestCompilation.From(RobustnessCorpus.EveryStateJsonPath);
        CSharpCompilation off = on.RemoveAllSyntaxTrees().AddSyntaxTrees(on.SyntaxTrees.Select(tree =>
            tree.WithRootAndOptions(tree.GetRoot(), TestCompilation.ParseOptions.WithPreprocessorSymbols(SyntaxShortcut.OffSymbol))));
        Assert.NotNull(SyntaxShortcut.For(on));
        Assert.Null(SyntaxShortcut.For(off));

        GeneratorDriver driver = TestCompilation.CreateDriver();
        driver.RunGeneratorsAndUpdateCompilation(on, out Compilation withShortcut, out _);
        TestCompilation.CreateDriver().RunGeneratorsAndUpdateCompilation(off, out Compilation withoutShortcut, out _);
        string[] Generated(Compilation output) => output.SyntaxTrees.Skip(on.SyntaxTrees.Count()).Select(tree => tree.ToString()).ToArray();
        Assert.NotEmpty(Generated(withShortcut));
        Assert.Equal(Generated(withShortcut), Generated(withoutShortcut));
    }

    [Fact]
    public void DebugCheck_NamesTheClassAndBothReadings()
    {
        SourceAttribute Pass(string next) => new("Pass", new[] { new SourceArgument("Next", false, SourceValue.FromString(next)) }.ToEquatableArray());
        SourceMachine Machine(string next) => new("M", true, default, new[] { new SourceState("A", true, new[] { Pass(next) }.ToEquatableArray()) }.ToEquatableArray());

        string message = ShortcutCheck.Describe("M", Machine("B"), Machine("C"));
        Assert.Contains("'M'", message, StringComparison.Ordinal);
        Assert.Contains("class 'A'", message, StringComparison.Ordinal);
        Assert.Matches("shortcut: .*Next = String B", message);
        Assert.Matches("binding: .*Next = String C", message);
        Assert.Contains("StepGenSyntaxShortcut", message, StringComparison.Ordinal);
    }

    private static IEnumerable<INamedTypeSymbol> StateMachines(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (TypeDeclarationSyntax type in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(type) is INamedTypeSymbol symbol && symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "StateMachineAttribute"))
                {
                    yield return symbol;
                }
            }
        }
    }
}
