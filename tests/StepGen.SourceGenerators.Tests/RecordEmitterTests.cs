using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepGen.Asl.Collections;
using StepGen.SourceGenerators.Emit;
using StepGen.SourceGenerators.Records;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// The typed records and their hand-written System.Text.Json contracts: compiled in memory, loaded, and used
/// through resolvers only (no reflection-based serialization anywhere).
/// </summary>
public sealed class RecordEmitterTests
{
    private const string Money = "global::Consumer.Money";

    /// <summary>Every kind: scalars, JsonElement, nested and recursive records, lists, maps, nested collections, external types.</summary>
    private static RecordSetSpec OrderSpec() => new("OrderJson", new[]
    {
        new RecordSpec("Order", "An order, as the execution input.\nIts lines may nest: <see> & escape.", new[]
        {
            new PropertySpec("Id", "id", TypeSpec.String, "The order id."),
            new PropertySpec("Quantity", "quantity", TypeSpec.Integer, null),
            new PropertySpec("Total", "total", TypeSpec.Number, null),
            new PropertySpec("Paid", "paid", TypeSpec.Boolean, null),
            new PropertySpec("Raw", "raw", TypeSpec.Json, "Any JSON."),
            new PropertySpec("Customer", "customer", TypeSpec.Record("Customer"), null),
            new PropertySpec("Lines", "lines", TypeSpec.List(TypeSpec.Record("Line")), null),
            new PropertySpec("Tags", "tags", TypeSpec.StringMap(TypeSpec.String), null),
            new PropertySpec("Price", "price", TypeSpec.External(Money), null),
            new PropertySpec("Discounts", "discounts", TypeSpec.List(TypeSpec.External(Money)), null),
            new PropertySpec("Scores", "scores", TypeSpec.StringMap(TypeSpec.List(TypeSpec.Integer)), null),
            new PropertySpec("Matrix", "matrix", TypeSpec.List(TypeSpec.List(TypeSpec.Number)), null),
        }.ToEquatableArray()),
        new RecordSpec("Customer", "Who ordered.", new[]
        {
            new PropertySpec("Name", "name", TypeSpec.String, null),
            new PropertySpec("Vip", "vip", TypeSpec.Boolean, null),
        }.ToEquatableArray()),
        new RecordSpec("Line", null, new[]
        {
            new PropertySpec("Sku", "sku", TypeSpec.String, null),
            new PropertySpec("Count", "count", TypeSpec.Integer, null),
            new PropertySpec("Children", "children", TypeSpec.List(TypeSpec.Record("Line")), null),
        }.ToEquatableArray()),
    }.ToEquatableArray());

    private const string Support = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;

        namespace Consumer
        {
            public sealed class Money
            {
                public Money(decimal amount, string currency) { Amount = amount; Currency = currency; }
                public decimal Amount { get; }
                public string Currency { get; }
                public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;
            }

            public sealed class MoneyConverter : JsonConverter<Money>
            {
                public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                {
                    string[] parts = reader.GetString()!.Split(' ');
                    return new Money(decimal.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
                }

                public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
            }

            /// A user's own resolver for their own type, chained after StepGen's context: no reflection either.
            public sealed class MoneyResolver : IJsonTypeInfoResolver
            {
                public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
                    => type == typeof(Money) ? JsonMetadataServices.CreateValueInfo<Money>(options, new MoneyConverter()) : null;
            }

            /// A type nobody resolves: reflection would serialize it, the contexts must not.
            public sealed class Unrelated
            {
                public string? Text { get; set; }
            }

            public static class Program
            {
                public static JsonSerializerOptions CombinedOptions() => new JsonSerializerOptions
                {
                    TypeInfoResolver = JsonTypeInfoResolver.Combine(Machine.OrderJson.Default, new MoneyResolver()),
                };

                public static Machine.Order Sample() => new Machine.Order
                {
                    Id = "o-1",
                    Quantity = 3,
                    Total = 12.5,
                    Paid = true,
                    Raw = JsonDocument.Parse("{\"any\":[1,\"two\",null]}").RootElement.Clone(),
                    Customer = new Machine.Customer { Name = "Ada", Vip = false },
                    Lines = new List<Machine.Line>
                    {
                        new Machine.Line { Sku = "A", Count = 1 },
                        new Machine.Line { Sku = "B", Count = 2, Children = new[] { new Machine.Line { Sku = "B1" } } },
                    },
                    Tags = new Dictionary<string, string> { ["env"] = "prod" },
                    Price = new Money(12.5m, "EUR"),
                    Discounts = new[] { new Money(1m, "EUR") },
                    Scores = new Dictionary<string, IReadOnlyList<long>> { ["a"] = new long[] { 1, 2 } },
                    Matrix = new[] { new[] { 1.5 }, new[] { 2.0 } },
                };

                public static string Serialize(Machine.Order order, JsonSerializerOptions options)
                    => JsonSerializer.Serialize(order, (JsonTypeInfo<Machine.Order>)options.GetTypeInfo(typeof(Machine.Order)));

                public static Machine.Order Deserialize(string json, JsonSerializerOptions options)
                    => JsonSerializer.Deserialize(json, (JsonTypeInfo<Machine.Order>)options.GetTypeInfo(typeof(Machine.Order)))!;

                /// Reads the deserialized values through the typed API.
                public static string Describe(Machine.Order o) => string.Join("|",
                    o.Id, o.Quantity, o.Total!.Value.ToString(CultureInfo.InvariantCulture), o.Paid, o.Raw?.GetProperty("any")[1].GetString(),
                    o.Customer?.Name, o.Customer?.Vip, o.Lines?.GetType().Name, o.Lines?[1].Children?[0].Sku, o.Lines?[1].Children?[0].Count is null,
                    o.Tags?.GetType().Name, o.Tags?["env"], o.Price, o.Discounts?[0], o.Scores?["a"][1], o.Matrix?[1][0].ToString(CultureInfo.InvariantCulture));

                /// The typed property of the context, with its default options (null values left out).
                public static string SerializeLineWithDefault()
                    => JsonSerializer.Serialize(new Machine.Line { Sku = "X", Children = new[] { new Machine.Line { Count = 7 } } }, Machine.OrderJson.Default.Line);
            }
        }
        """;

    private const string ExpectedJson = """
        {
          "id": "o-1", "quantity": 3, "total": 12.5, "paid": true,
          "raw": { "any": [1, "two", null] },
          "customer": { "name": "Ada", "vip": false },
          "lines": [
            { "sku": "A", "count": 1, "children": null },
            { "sku": "B", "count": 2, "children": [ { "sku": "B1", "count": null, "children": null } ] }
          ],
          "tags": { "env": "prod" },
          "price": "12.5 EUR",
          "discounts": ["1 EUR"],
          "scores": { "a": [1, 2] },
          "matrix": [[1.5], [2]]
        }
        """;

    [Fact]
    public void Records_RoundTripThroughCombinedResolvers_WithJsonNamesAndValues()
    {
        using var loaded = Loaded.Compile(OrderSpec(), Support);
        object options = loaded.Call("CombinedOptions");

        string json = (string)loaded.Call("Serialize", loaded.Call("Sample"), options);
        Json.Equal(ExpectedJson, json);

        object back = loaded.Call("Deserialize", ExpectedJson, options);
        Json.Equal(ExpectedJson, (string)loaded.Call("Serialize", back, options));
        Assert.Equal(
            "o-1|3|12.5|True|two|Ada|False|List`1|B1|True|Dictionary`2|prod|12.5 EUR|1 EUR|2|2",
            (string)loaded.Call("Describe", back));
    }

    [Fact]
    public void TypedProperty_OfDefault_LeavesNullsOut()
    {
        using var loaded = Loaded.Compile(OrderSpec(), Support);
        Json.Equal("""{ "sku": "X", "children": [ { "count": 7 } ] }""", (string)loaded.Call("SerializeLineWithDefault"));
    }

    [Fact]
    public void Context_AnswersOnlyForItsOwnTypes_AndNeverFallsBackToReflection()
    {
        using var loaded = Loaded.Compile(OrderSpec(), Support);
        var context = (JsonSerializerContext)loaded.Assembly.GetType("Consumer.Machine+OrderJson")!
            .GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Type money = loaded.Assembly.GetType("Consumer.Money")!;
        Type unrelated = loaded.Assembly.GetType("Consumer.Unrelated")!;

        Assert.NotNull(context.GetTypeInfo(typeof(string)));
        Assert.NotNull(context.GetTypeInfo(typeof(long?)));
        Assert.NotNull(context.GetTypeInfo(loaded.Assembly.GetType("Consumer.Machine+Line")!));
        Assert.Null(context.GetTypeInfo(money));
        Assert.Null(context.GetTypeInfo(unrelated));
        Assert.Null(context.GetTypeInfo(typeof(Uri)));

        Assert.Throws<NotSupportedException>(() => context.Options.GetTypeInfo(unrelated));
        Assert.Throws<NotSupportedException>(() => context.Options.GetTypeInfo(money));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(Activator.CreateInstance(unrelated), unrelated, context.Options));
    }

    [Fact]
    public void EmittedCode_CompilesWithoutWarnings_InCSharp9WithDocumentationDiagnostics()
    {
        (CSharpCompilation compilation, SyntaxTree machine) = Loaded.Build(OrderSpec(), Support, LanguageVersion.CSharp9);
        ImmutableArray<Diagnostic> diagnostics = compilation.GetDiagnostics();

        // The support file is left undocumented on purpose: CS1591 there proves documentation diagnostics are on.
        Assert.Contains(diagnostics, d => d.Id == "CS1591" && d.Location.SourceTree != machine);
        Diagnostic[] problems = diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && (d.Location.SourceTree?.FilePath != "Program.cs" || d.Severity == DiagnosticSeverity.Error))
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));
    }

    [Fact]
    public void AwkwardNames_StillCompileWithoutWarnings_AndRoundTrip()
    {
        // Record names that collide with context members, a keyword, a record named like a value moniker, an empty record.
        var spec = new RecordSetSpec("Json", new[]
        {
            new RecordSpec("Default", null, new[]
            {
                new PropertySpec("event", "event", TypeSpec.String, null),
                new PropertySpec("Options", "options", TypeSpec.Record("Options"), null),
                new PropertySpec("String", "string", TypeSpec.Record("String"), null),
                new PropertySpec("Text", "text", TypeSpec.String, "Line one\r\nline two\n\n  with <b>tags</b>"),
                new PropertySpec("Escaped", "quote\"back\\slash\u00e9", TypeSpec.Number, null),
            }.ToEquatableArray()),
            new RecordSpec("Options", null, new[] { new PropertySpec("class", "class", TypeSpec.Boolean, null) }.ToEquatableArray()),
            new RecordSpec("String", null, new[] { new PropertySpec("Value", "value", TypeSpec.Json, null) }.ToEquatableArray()),
            new RecordSpec("class", null, EquatableArray<PropertySpec>.Empty),
        }.ToEquatableArray());
        const string support = """
            namespace Consumer
            {
                public static class Program
                {
                    public static string Run()
                    {
                        var value = new Machine.Default { @event = "e", Options = new Machine.Options { @class = true }, Escaped = 1 };
                        string json = System.Text.Json.JsonSerializer.Serialize(value, Machine.Json.Default.DefaultTypeInfo);
                        Machine.Default back = System.Text.Json.JsonSerializer.Deserialize(json, Machine.Json.Default.DefaultTypeInfo)!;
                        return json + "|" + back.Options!.@class + "|" + (Machine.Json.Default.@class != null) + "|" + (Machine.Json.Default.OptionsTypeInfo != null);
                    }
                }
            }
            """;

        (CSharpCompilation compilation, SyntaxTree machine) = Loaded.Build(spec, support, LanguageVersion.CSharp9);
        Diagnostic[] problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && (d.Location.SourceTree?.FilePath != "Program.cs" || d.Severity == DiagnosticSeverity.Error))
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));

        using var loaded = Loaded.Compile(spec, support);
        string[] result = ((string)loaded.Call("Run")).Split('|');
        Json.Equal("""{ "event": "e", "options": { "class": true }, "quote\"back\\slash\u00e9": 1 }""", result[0]);
        Assert.Equal(new[] { "True", "True", "True" }, result.Skip(1));
    }

    [Fact]
    public void HttpResult_IsServedByTheSharedContract_AndRoundTrips()
    {
        var spec = new RecordSetSpec("Json", new[]
        {
            new RecordSpec("CallResult", null, new[]
            {
                new PropertySpec("StatusCode", "StatusCode", TypeSpec.Integer, null),
                new PropertySpec("StatusText", "StatusText", TypeSpec.String, null),
                new PropertySpec("Headers", "Headers", TypeSpec.Json, null),
                new PropertySpec("ResponseBody", "ResponseBody", TypeSpec.Json, null),
            }.ToEquatableArray()),
        }.ToEquatableArray());
        Assert.True(SharedJsonContracts.IsHttpResult(spec.Records[0]));
        Assert.Contains("JsonContracts.HttpResult<CallResult>(options)", Emit(spec), StringComparison.Ordinal);
        const string support = """
            namespace Consumer
            {
                public static class Program
                {
                    public static string Run()
                    {
                        var info = Machine.Json.Default.CallResult;
                        var back = System.Text.Json.JsonSerializer.Deserialize("{\"StatusCode\":503,\"StatusText\":\"Busy\",\"Headers\":{\"a\":[\"b\"]},\"ResponseBody\":[1]}", info)!;
                        return System.Text.Json.JsonSerializer.Serialize(back with { StatusCode = 200 }, info);
                    }
                }
            }
            """;

        using var loaded = Loaded.Compile(spec, support);
        Json.Equal("""{ "StatusCode": 200, "StatusText": "Busy", "Headers": { "a": ["b"] }, "ResponseBody": [1] }""", (string)loaded.Call("Run"));
    }

    [Fact]
    public void SameSpec_IsEqual_AndEmitsIdenticalText()
    {
        RecordSetSpec a = OrderSpec();
        RecordSetSpec b = OrderSpec();
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Records = a.Records.Skip(1).ToEquatableArray() });
        Assert.NotEqual(TypeSpec.List(TypeSpec.Integer), TypeSpec.List(TypeSpec.Number));
        Assert.Equal(Emit(a), Emit(b));
    }

    [Fact]
    public void EmittedCode_UsesNoReflection()
    {
        string code = Emit(OrderSpec());
        foreach (string banned in new[] { "GetProperty(", "GetConstructor(", "Activator", "MakeGenericType", "BindingFlags", "DefaultJsonTypeInfoResolver", "JsonSerializer." })
        {
            Assert.DoesNotContain(banned, code, StringComparison.Ordinal);
        }

        Assert.Contains("JsonContracts.List<Line>(options)", code, StringComparison.Ordinal);
        Assert.Contains("JsonContracts.Map<string>(options)", code, StringComparison.Ordinal);
        foreach (string banned in new[] { "GetProperty(", "GetConstructor(", "MakeGenericType", "BindingFlags", "DefaultJsonTypeInfoResolver", "JsonSerializer." })
        {
            Assert.DoesNotContain(banned, SharedJsonContracts.Source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RecordSupport_NeedsCSharp9AndSystemTextJson8()
    {
        Assert.True(RecordSupport.IsAvailable(TestCompilation.From("class C { }")));

        CSharpCompilation csharp8 = CSharpCompilation.Create(
            "Old",
            new[] { CSharpSyntaxTree.ParseText("class C { }", new CSharpParseOptions(LanguageVersion.CSharp8)) },
            TestCompilation.References);
        Assert.False(RecordSupport.IsAvailable(csharp8));

        MetadataReference[] withoutJson = TestCompilation.References
            .Where(r => !string.Equals(Path.GetFileName(r.Display), "System.Text.Json.dll", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Assert.False(RecordSupport.IsAvailable(TestCompilation.From("class C { }").WithReferences(withoutJson)));
    }

    private static string Emit(RecordSetSpec spec)
    {
        var writer = new SourceWriter();
        writer.Indent();
        writer.Indent();
        RecordEmitter.Emit(writer, spec);
        return writer.ToString();
    }

    /// <summary>What the generator's AddEmbeddedAttributeDefinition adds, for compilations built by hand.</summary>
    private const string EmbeddedAttribute = """
        namespace Microsoft.CodeAnalysis
        {
            [global::Microsoft.CodeAnalysis.EmbeddedAttribute]
            internal sealed partial class EmbeddedAttribute : global::System.Attribute
            {
            }
        }
        """;

    /// <summary>A compiled consumer assembly in a collectible load context.</summary>
    private sealed class Loaded : IDisposable
    {
        private readonly AssemblyLoadContext _context;

        private Loaded(AssemblyLoadContext context, Assembly assembly)
        {
            _context = context;
            Assembly = assembly;
        }

        public Assembly Assembly { get; }

        public static (CSharpCompilation Compilation, SyntaxTree Machine) Build(RecordSetSpec spec, string support, LanguageVersion version = LanguageVersion.Latest)
        {
            string machineSource = "#nullable enable\n"
                + "namespace Consumer\n{\n"
                + "    /// <summary>The machine.</summary>\n"
                + "    public partial class Machine\n    {\n"
                + Emit(spec)
                + "    }\n}\n";
            CSharpParseOptions parse = new CSharpParseOptions(version, DocumentationMode.Diagnose);
            SyntaxTree machine = CSharpSyntaxTree.ParseText(machineSource, parse, path: "Machine.g.cs");
            SyntaxTree program = CSharpSyntaxTree.ParseText(support, parse, path: "Program.cs");
            SyntaxTree shared = CSharpSyntaxTree.ParseText(SharedJsonContracts.Source, parse, path: SharedJsonContracts.HintName);
            SyntaxTree embedded = CSharpSyntaxTree.ParseText(EmbeddedAttribute, parse, path: "Microsoft.CodeAnalysis.EmbeddedAttribute.cs");
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Consumer" + Guid.NewGuid().ToString("N"),
                new[] { machine, program, shared, embedded },
                TestCompilation.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            return (compilation, machine);
        }

        public static Loaded Compile(RecordSetSpec spec, string support)
        {
            (CSharpCompilation compilation, _) = Build(spec, support);
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            stream.Position = 0;
            var context = new AssemblyLoadContext("RecordEmitterTests", isCollectible: true);
            return new Loaded(context, context.LoadFromStream(stream));
        }

        public object Call(string method, params object[] arguments)
        {
            MethodInfo info = Assembly.GetType("Consumer.Program")!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
            try
            {
                return info.Invoke(null, arguments)!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }

        public void Dispose() => _context.Unload();
    }
}
