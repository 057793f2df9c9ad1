using System.Globalization;
using System.Text.Json.Nodes;

namespace StepGen.Testing.Tests.Differential;

/// <summary>
/// Builds random, valid JSONPath state machines for the differential tests: Pass, Choice, Wait, Parallel, inline
/// Map, Task, Fail and Succeed states with random InputPath/Parameters/ResultSelector/ResultPath/OutputPath,
/// payload templates with <c>.$</c> paths and intrinsic functions, Choice rules, and Retry/Catch with mocked task
/// failures. Deterministic for a seed.
/// <para>
/// The generator tracks the shape of the data each state receives (which members exist, their types and, where
/// known, their values) so that most paths it writes find something and most executions run to the end; now and
/// then it writes a path to a missing member on purpose, which must fail both executors with States.Runtime. It
/// leaves out what docs/testing.md lists under "Differences from aws-local-stepfunctions".
/// </para>
/// </summary>
public sealed class WorkflowGenerator
{
    private const string Lambda = "arn:aws:lambda:us-east-1:123456789012:function:Generated";

    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "omega", "kappa", "red-green-blue", "x1", "Zed", "mid"];
    private static readonly string[] Times = ["2024-01-01T00:00:00Z", "2024-06-30T12:30:00Z", "2025-03-01T08:00:00+02:00", "2023-12-31T23:59:59.250Z"];
    private static readonly string[] FieldNames = ["id", "name", "count", "price", "flag", "tags", "meta", "items", "when", "note", "level", "size"];
    private static readonly string[] Errors = ["Custom.A", "Custom.B", "Custom.C"];

    private readonly Random _random;
    private readonly JsonObject _tasks = new();
    private int _stateCount;
    private int _fieldCount;

    /// <summary>
    /// While set, nothing generated fails on purpose (no Fail state, missing path, throwing Task or Choice without
    /// Default). Parallel branches but one, and Map iterations that may run concurrently, are generated so: when
    /// two branches or iterations fail, which error the state reports depends on timing (StepGen takes the first
    /// in order, the package the first to happen, AWS does not say).
    /// </summary>
    private bool _safe;

    private WorkflowGenerator(int seed) => _random = new Random(seed);

    /// <summary>The machine, input and task answers for <paramref name="seed"/>.</summary>
    public static DifferentialCase Generate(int seed)
    {
        var generator = new WorkflowGenerator(seed);
        Shape input = generator.RandomInput();
        JsonObject definition = generator.Machine(input, depth: 0, nested: false, length: generator._random.Next(3, 8));
        return new DifferentialCase($"seed {seed}", definition, input.Value(), generator._tasks);
    }

    // ---- the data's shape -------------------------------------------------------------------------------------

    private enum Kind
    {
        String,
        Integer,
        Number,
        Boolean,
        Null,
        Object,
        Array,
        Any,
    }

    /// <summary>
    /// What is known of a JSON value: its kind, its value for scalars when known, its members for objects, its
    /// items for arrays of known length (else <see cref="Element"/>, the shape every item has).
    /// </summary>
    private sealed class Shape
    {
        public Kind Kind { get; init; }

        public JsonNode? Known { get; init; }

        public bool HasKnown { get; init; }

        public bool IsTimestamp { get; init; }

        /// <summary>
        /// A string that holds quotes (a States.JsonToString result), or a node with one inside: the package drops
        /// every backslash from an intrinsic function's string result, so JSON text of it comes out broken.
        /// </summary>
        public bool Escapes { get; init; }

        public bool HasEscapes => Escapes || (Fields?.Values.Any(f => f.HasEscapes) ?? false) || (Items?.Any(i => i.HasEscapes) ?? false) || (Element?.HasEscapes ?? false);

        public Dictionary<string, Shape>? Fields { get; init; }

        public List<Shape>? Items { get; init; }

        public Shape? Element { get; init; }

        public static Shape Any => new() { Kind = Kind.Any };

        /// <summary>What a branch or iteration produced: not tracked, so it may hold anything, quotes included.</summary>
        public static Shape Untracked => new() { Kind = Kind.Any, Escapes = true };

        public static Shape Of(JsonNode? node) => node switch
        {
            null => new Shape { Kind = Kind.Null, HasKnown = true },
            JsonObject o => new Shape { Kind = Kind.Object, Fields = o.ToDictionary(p => p.Key, p => Of(p.Value)) },
            JsonArray a => new Shape { Kind = Kind.Array, Items = a.Select(Of).ToList() },
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => new Shape
            {
                Kind = Kind.String,
                Known = v.DeepClone(),
                HasKnown = true,
                IsTimestamp = Times.Contains((string)v!),
            },
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => new Shape
            {
                Kind = v.ToJsonString().Contains('.', StringComparison.Ordinal) ? Kind.Number : Kind.Integer,
                Known = v.DeepClone(),
                HasKnown = true,
            },
            _ => new Shape { Kind = Kind.Boolean, Known = node.DeepClone(), HasKnown = true },
        };

        public static Shape Join(Shape a, Shape b)
        {
            bool numeric = (a.Kind is Kind.Integer or Kind.Number) && (b.Kind is Kind.Integer or Kind.Number);
            if (a.Kind != b.Kind && !numeric)
            {
                return a.HasEscapes || b.HasEscapes ? new Shape { Kind = Kind.Any, Escapes = true } : Any;
            }

            switch (a.Kind)
            {
                case Kind.Object:
                    // A member only one side has is left out, but not its quotes (Escapes).
                    return new Shape
                    {
                        Kind = Kind.Object,
                        Fields = a.Fields!.Where(f => b.Fields!.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => Join(f.Value, b.Fields![f.Key])),
                        Escapes = a.HasEscapes || b.HasEscapes,
                    };
                case Kind.Array:
                    if (a.Items is not null && b.Items is not null && a.Items.Count == b.Items.Count)
                    {
                        return new Shape { Kind = Kind.Array, Items = a.Items.Zip(b.Items, Join).ToList() };
                    }

                    return new Shape { Kind = Kind.Array, Element = Join(a.ElementShape(), b.ElementShape()), Escapes = a.HasEscapes || b.HasEscapes };
                case Kind.Any:
                    return a.HasEscapes || b.HasEscapes ? new Shape { Kind = Kind.Any, Escapes = true } : Any;
                default:
                    bool same = a.HasKnown && b.HasKnown && a.Kind == b.Kind && JsonNode.DeepEquals(a.Known, b.Known);
                    return new Shape
                    {
                        Kind = numeric && a.Kind != b.Kind ? Kind.Number : a.Kind,
                        Known = same ? a.Known : null,
                        HasKnown = same,
                        IsTimestamp = a.IsTimestamp && b.IsTimestamp,
                        Escapes = a.Escapes || b.Escapes,
                    };
            }
        }

        /// <summary>The shape all items share (Any for an empty array of unknown items).</summary>
        public Shape ElementShape()
        {
            if (Items is null)
            {
                return Element ?? Any;
            }

            return Items.Count == 0 ? Any : Items.Skip(1).Aggregate(Items[0], Join);
        }

        /// <summary>The value, where every part of it is known.</summary>
        public JsonNode? Value() => Kind switch
        {
            Kind.Object => new JsonObject(Fields!.Select(f => KeyValuePair.Create(f.Key, f.Value.Value()))),
            Kind.Array => new JsonArray(Items!.Select(i => i.Value()).ToArray()),
            _ => Known?.DeepClone(),
        };

        public bool IsKnownNonNegativeInteger =>
            Kind == Kind.Integer && HasKnown && long.Parse(Known!.ToJsonString(), CultureInfo.InvariantCulture) >= 0;
    }

    private Shape RandomInput()
    {
        var fields = new Dictionary<string, Shape>
        {
            ["items"] = Shape.Of(RandomArrayOfObjects(_random.Next(1, 4))),
            ["numbers"] = Shape.Of(new JsonArray(Enumerable.Range(0, _random.Next(1, 5)).Select(_ => (JsonNode)_random.Next(-5, 20)).ToArray())),
            ["text"] = Shape.Of(Pick(Words)),
            ["amount"] = Shape.Of(_random.Next(0, 50)),
            ["at"] = Shape.Of(Pick(Times)),
        };
        int extra = _random.Next(0, 4);
        for (int i = 0; i < extra; i++)
        {
            fields[NewField()] = Shape.Of(RandomValue(2));
        }

        return new Shape { Kind = Kind.Object, Fields = fields };
    }

    private JsonArray RandomArrayOfObjects(int count)
    {
        string[] names = FieldNames.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToArray();
        var array = new JsonArray();
        for (int i = 0; i < count; i++)
        {
            var item = new JsonObject();
            foreach (string name in names)
            {
                item[name] = RandomScalar();
            }

            array.Add(item);
        }

        return array;
    }

    private JsonNode? RandomScalar() => _random.Next(9) switch
    {
        0 or 1 => Pick(Words),
        2 or 3 => _random.Next(-20, 100),
        4 => _random.Next(-20, 100) + (_random.Next(1, 4) * 0.25),
        5 => _random.Next(2) == 0,
        6 => null,
        7 => Pick(Times),
        _ => _random.Next(0, 10),
    };

    private JsonNode? RandomValue(int depth)
    {
        int choice = depth <= 0 ? 0 : _random.Next(5);
        if (choice == 3)
        {
            var obj = new JsonObject();
            foreach (string name in FieldNames.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)))
            {
                obj[name] = RandomValue(depth - 1);
            }

            return obj;
        }

        if (choice == 4)
        {
            return _random.Next(2) == 0
                ? RandomArrayOfObjects(_random.Next(0, 3))
                : new JsonArray(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => RandomScalar()).ToArray());
        }

        return RandomScalar();
    }

    /// <summary>A value for a Result or a Task's answer: never false, 0, "" or null (see HandWrittenCases).</summary>
    private JsonNode RandomResult()
    {
        JsonNode? value = RandomValue(2);
        return value is JsonObject or JsonArray ? value : new JsonObject { [Pick(FieldNames)] = value };
    }

    // ---- paths --------------------------------------------------------------------------------------------------

    /// <summary>Every path into <paramref name="shape"/> (to depth 3) with the shape it finds.</summary>
    private static List<(string Path, Shape Shape)> Paths(Shape shape, string prefix = "$", int depth = 0)
    {
        var all = new List<(string, Shape)> { (prefix, shape) };
        if (depth >= 3)
        {
            return all;
        }

        if (shape.Kind == Kind.Object)
        {
            foreach ((string name, Shape field) in shape.Fields!)
            {
                all.AddRange(Paths(field, prefix + "." + name, depth + 1));
            }
        }
        else if (shape.Kind == Kind.Array && shape.Items is { Count: > 0 } items)
        {
            for (int i = 0; i < items.Count; i++)
            {
                all.AddRange(Paths(items[i], $"{prefix}[{i}]", depth + 1));
            }

            all.Add(($"{prefix}[*]", new Shape { Kind = Kind.Array, Items = items }));
        }

        return all;
    }

    /// <summary>
    /// A random path to a node <paramref name="wanted"/> accepts. <paramref name="reference"/>: a reference path (no
    /// <c>[*]</c>), as ItemsPath and Variable require; <paramref name="membersOnly"/>: names only, no indexes.
    /// </summary>
    /// <summary>
    /// Whether a node can become a state's whole input or output: an object, an array or a string (the generator's
    /// strings are never empty). Not null, false, 0 or "", nor what might be one: the package's JSONPath library
    /// finds nothing in such a document, so even "$" fails (see docs/testing.md).
    /// </summary>
    private static bool CanBeDocument(Shape shape) => shape.Kind is Kind.Object or Kind.Array or Kind.String;

    private (string Path, Shape Shape)? PathTo(Shape root, Func<Shape, bool> wanted, bool allowRoot = true, bool membersOnly = false, bool reference = false)
    {
        var candidates = Paths(root)
            .Where(p => (allowRoot || p.Path != "$")
                && (!membersOnly || !p.Path.Contains('[', StringComparison.Ordinal))
                && (!reference || !p.Path.Contains("[*]", StringComparison.Ordinal))
                && wanted(p.Shape))
            .ToList();
        return candidates.Count == 0 ? null : candidates[_random.Next(candidates.Count)];
    }

    private string MissingPath() => "$.missing" + _random.Next(100).ToString(CultureInfo.InvariantCulture);

    // ---- templates and intrinsics ------------------------------------------------------------------------------

    /// <summary>A payload template over <paramref name="input"/>, and the shape of what it builds.</summary>
    private (JsonObject Template, Shape Shape) Template(Shape input, int depth = 0, Dictionary<string, Shape>? extraRoots = null)
    {
        var template = new JsonObject();
        var fields = new Dictionary<string, Shape>();
        int count = _random.Next(1, 5);
        for (int i = 0; i < count; i++)
        {
            string key = NewField();
            switch (_random.Next(depth > 0 ? 4 : 5))
            {
                case 0:
                    JsonNode? literal = RandomValue(1);
                    while (HasNullInArray(literal))
                    {
                        // asl-validator, which the package runs, refuses null as an array item in a payload template.
                        literal = RandomValue(1);
                    }

                    template[key] = literal;
                    fields[key] = Shape.Of(literal);
                    break;
                case 1:
                    if (extraRoots is not null && _random.Next(2) == 0)
                    {
                        (string root, Shape shape) = extraRoots.ElementAt(_random.Next(extraRoots.Count));
                        template[key + ".$"] = root;
                        fields[key] = shape;
                    }
                    else
                    {
                        (string path, Shape found) = PathTo(input, _ => true)!.Value;
                        template[key + ".$"] = path;
                        fields[key] = found;
                    }

                    break;
                case 2:
                case 3:
                    (string expression, Shape result) = Intrinsic(input, 0);
                    template[key + ".$"] = expression;
                    fields[key] = result;
                    break;
                default:
                    (JsonObject nested, Shape nestedShape) = Template(input, depth + 1, extraRoots);
                    if (_random.Next(3) == 0)
                    {
                        template[key] = new JsonArray(nested, 1);
                        fields[key] = new Shape { Kind = Kind.Array, Items = [nestedShape, Shape.Of(1)] };
                    }
                    else
                    {
                        template[key] = nested;
                        fields[key] = nestedShape;
                    }

                    break;
            }
        }

        return (template, new Shape { Kind = Kind.Object, Fields = fields });
    }

    /// <summary>An intrinsic function call over <paramref name="input"/> that succeeds, and the shape it returns.</summary>
    private (string Expression, Shape Shape) Intrinsic(Shape input, int nesting)
    {
        Shape String() => new() { Kind = Kind.String };
        Shape Integer() => new() { Kind = Kind.Integer };
        var strings = PathTo(input, s => s.Kind == Kind.String);
        // The package's hashes are wrong once the message needs a second block (56 bytes and up for MD5, SHA-1 and
        // SHA-256; see HandWrittenCases), so only short strings of known value are hashed.
        var shortStrings = PathTo(input, s => s.Kind == Kind.String && s.HasKnown && System.Text.Encoding.UTF8.GetByteCount((string)s.Known!) < 56);
        var integers = PathTo(input, s => s.Kind == Kind.Integer && s.HasKnown);
        var arrays = PathTo(input, s => s.Kind == Kind.Array);
        var scalarArrays = PathTo(input, s => s.Kind == Kind.Array && s.ElementShape().Kind is Kind.String or Kind.Integer or Kind.Boolean);
        var knownArrays = PathTo(input, s => s.Kind == Kind.Array && s.Items is { Count: > 0 });
        var formattable = PathTo(input, s => s.Kind is Kind.String or Kind.Integer or Kind.Boolean or Kind.Null && !s.HasEscapes);
        var anything = PathTo(input, _ => true)!.Value;
        var serializable = PathTo(input, s => !s.HasEscapes);

        for (int attempt = 0; attempt < 20; attempt++)
        {
            switch (_random.Next(13))
            {
                case 0 when formattable is not null:
                    return ($"States.Format('{Pick(Words)} {{}} and {{}}', {formattable.Value.Path}, {Quote(Pick(Words))})", String());
                case 1 when integers is not null:
                    return ($"States.MathAdd({integers.Value.Path}, {_random.Next(-10, 10)})", Integer());
                case 2 when arrays is not null:
                    return ($"States.ArrayLength({arrays.Value.Path})", Integer());
                case 3 when scalarArrays is not null:
                    return ($"States.ArrayContains({scalarArrays.Value.Path}, {_random.Next(-5, 20)})", new Shape { Kind = Kind.Boolean });
                case 4 when scalarArrays is not null:
                    return ($"States.ArrayUnique({scalarArrays.Value.Path})", new Shape { Kind = Kind.Array, Element = scalarArrays.Value.Shape.ElementShape() });
                case 5 when arrays is not null:
                    return (
                        $"States.ArrayPartition({arrays.Value.Path}, {_random.Next(1, 4)})",
                        new Shape { Kind = Kind.Array, Element = new Shape { Kind = Kind.Array, Element = arrays.Value.Shape.ElementShape() } });
                case 6:
                    int start = _random.Next(-5, 5), end = _random.Next(-5, 15), step = _random.Next(1, 4) * (_random.Next(4) == 0 ? -1 : 1);
                    int length = (int)Math.Floor((end - start) / (double)step) + 1;
                    length = Math.Max(length, 0);
                    return ($"States.ArrayRange({start}, {end}, {step})", new Shape { Kind = Kind.Array, Items = Enumerable.Range(0, length).Select(i => Shape.Of(start + (i * step))).ToList() });
                case 7 when knownArrays is not null:
                    int index = _random.Next(knownArrays.Value.Shape.Items!.Count);
                    return ($"States.ArrayGetItem({knownArrays.Value.Path}, {index})", knownArrays.Value.Shape.Items![index]);
                case 8:
                    var parts = new List<(string, Shape)> { (anything.Path, anything.Shape), (Quote(Pick(Words)), String()) };
                    if (nesting < 1 && _random.Next(2) == 0)
                    {
                        parts.Add(Intrinsic(input, nesting + 1));
                    }

                    return ($"States.Array({string.Join(", ", parts.Select(p => p.Item1))})", new Shape { Kind = Kind.Array, Items = parts.Select(p => p.Item2).ToList() });
                case 9 when serializable is not null:
                    return _random.Next(2) == 0
                        ? ($"States.JsonToString({serializable.Value.Path})", new Shape { Kind = Kind.String, Escapes = true })
                        : ($"States.StringToJson(States.JsonToString({serializable.Value.Path}))", serializable.Value.Shape);
                case 10 when strings is not null:
                    return _random.Next(2) == 0
                        ? ($"States.Base64Encode({strings.Value.Path})", String())
                        : ($"States.Base64Decode(States.Base64Encode({strings.Value.Path}))", strings.Value.Shape);
                case 11 when shortStrings is not null:
                    return ($"States.Hash({shortStrings.Value.Path}, '{Pick(new[] { "MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512" })}')", String());
                case 12 when strings is not null:
                    // One delimiter character, and the generator's words never hold two in a row (see HandWrittenCases).
                    return ($"States.StringSplit({strings.Value.Path}, '-')", new Shape { Kind = Kind.Array, Element = new Shape { Kind = Kind.String, Escapes = strings.Value.Shape.Escapes } });
            }
        }

        return ($"States.Format('{{}}', {Quote(Pick(Words))})", String());
    }

    private static string Quote(string text) => "'" + text + "'";

    private static bool HasNullInArray(JsonNode? node) => node switch
    {
        JsonArray a => a.Any(i => i is null || HasNullInArray(i)),
        JsonObject o => o.Any(p => HasNullInArray(p.Value)),
        _ => false,
    };

    // ---- Choice rules ------------------------------------------------------------------------------------------

    private JsonObject Rule(Shape input, int depth)
    {
        if (depth < 2 && _random.Next(4) == 0)
        {
            switch (_random.Next(3))
            {
                case 0:
                    return new JsonObject { ["Not"] = Rule(input, depth + 1) };
                case 1:
                    return new JsonObject { ["And"] = new JsonArray(Rule(input, depth + 1), Rule(input, depth + 1)) };
                default:
                    return new JsonObject { ["Or"] = new JsonArray(Rule(input, depth + 1), Rule(input, depth + 1)) };
            }
        }

        if (_random.Next(20) == 0)
        {
            return new JsonObject { ["Variable"] = MissingPath(), ["IsPresent"] = true };
        }

        // Not "$": asl-validator, which the package runs, refuses it as a Variable.
        if (PathTo(input, _ => true, allowRoot: false, reference: true) is not (string variable, Shape shape))
        {
            return new JsonObject { ["Variable"] = MissingPath(), ["IsPresent"] = true };
        }

        var rule = new JsonObject { ["Variable"] = variable };
        string? other(Func<Shape, bool> wanted) => PathTo(input, wanted)?.Path;
        bool usePath = _random.Next(3) == 0;
        if (_random.Next(4) == 0 || shape.Kind is Kind.Any or Kind.Null or Kind.Object or Kind.Array)
        {
            // Only "true": the package never matches "IsX": false (see HandWrittenCases).
            rule[Pick(new[] { "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp" })] = true;
            return rule;
        }

        string[] comparisons = ["Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"];
        switch (shape.Kind)
        {
            case Kind.String when shape.IsTimestamp:
                string timestampOp = "Timestamp" + Pick(comparisons);
                string? timestampPath = usePath ? other(s => s.IsTimestamp) : null;
                if (timestampPath is not null)
                {
                    rule[timestampOp + "Path"] = timestampPath;
                }
                else
                {
                    rule[timestampOp] = Pick(Times);
                }

                break;
            case Kind.String:
                if (_random.Next(4) == 0)
                {
                    string text = shape.HasKnown ? (string)shape.Known! : Pick(Words);
                    rule["StringMatches"] = _random.Next(2) == 0 ? text.Substring(0, _random.Next(text.Length + 1)) + "*" : "*" + text.Substring(_random.Next(text.Length));
                    break;
                }

                string stringOp = "String" + Pick(comparisons);
                string? stringPath = usePath ? other(s => s.Kind == Kind.String) : null;
                if (stringPath is not null)
                {
                    rule[stringOp + "Path"] = stringPath;
                }
                else
                {
                    rule[stringOp] = shape.HasKnown && _random.Next(2) == 0 ? (string)shape.Known! : Pick(Words);
                }

                break;
            case Kind.Integer:
            case Kind.Number:
                string numericOp = "Numeric" + Pick(comparisons);
                string? numericPath = usePath ? other(s => s.Kind is Kind.Integer or Kind.Number) : null;
                if (numericPath is not null)
                {
                    rule[numericOp + "Path"] = numericPath;
                }
                else
                {
                    rule[numericOp] = shape.HasKnown && _random.Next(2) == 0 ? shape.Known!.DeepClone() : _random.Next(-20, 100) + (_random.Next(2) * 0.5);
                }

                break;
            default:
                string? booleanPath = usePath ? other(s => s.Kind == Kind.Boolean) : null;
                if (booleanPath is not null)
                {
                    rule["BooleanEqualsPath"] = booleanPath;
                }
                else
                {
                    rule["BooleanEquals"] = _random.Next(2) == 0;
                }

                break;
        }

        return rule;
    }

    // ---- states -------------------------------------------------------------------------------------------------

    /// <summary>
    /// A place a later state's name goes: a state's or rule's or catcher's "Next", or a Choice's "Default". A state
    /// left open at the end of a machine gets "End": true instead.
    /// </summary>
    private sealed record Open(JsonObject Owner, string Property, Shape Shape, bool IsState);

    private JsonObject Machine(Shape input, int depth, bool nested, int length)
    {
        var states = new JsonObject();
        string? startAt = null;
        var open = new List<Open>();
        Shape shape = input;
        for (int i = 0; i < length; i++)
        {
            (string name, List<Open> ends) = State(states, shape, depth, nested, terminalAllowed: i == length - 1);
            if (startAt is null)
            {
                startAt = name;
            }

            foreach (Open end in open)
            {
                end.Owner[end.Property] = name;
            }

            open = ends;
            if (open.Count == 0)
            {
                break;
            }

            shape = open.Select(o => o.Shape).Aggregate(Shape.Join);
        }

        if (open.Any(o => !o.IsState) || (open.Count > 0 && _random.Next(3) == 0))
        {
            string last = NewState();
            states[last] = _random.Next(2) == 0
                ? new JsonObject { ["Type"] = "Succeed" }
                : new JsonObject { ["Type"] = "Pass", ["End"] = true };
            foreach (Open end in open)
            {
                end.Owner[end.Property] = last;
            }
        }
        else
        {
            foreach (Open end in open)
            {
                end.Owner["End"] = true;
            }
        }

        return new JsonObject { ["StartAt"] = startAt, ["States"] = states };
    }

    private (string Name, List<Open> Ends) State(JsonObject states, Shape input, int depth, bool nested, bool terminalAllowed)
    {
        string name = NewState();
        int kind = _random.Next(depth < 2 ? 20 : 15);
        JsonObject state;
        var ends = new List<Open>();
        switch (kind)
        {
            case < 4:
                state = Pass(input, out Shape passOut);
                ends.Add(new Open(state, "Next", passOut, true));
                break;
            case < 7:
                state = Task(name, input, nested, ends);
                break;
            case < 10:
                state = Choice(states, input, depth, nested, ends);
                break;
            case < 11:
                state = Wait(input, out Shape waitOut);
                ends.Add(new Open(state, "Next", waitOut, true));
                break;
            case < 12 when !_safe && (terminalAllowed || _random.Next(3) == 0):
                state = new JsonObject { ["Type"] = "Fail" };
                FailFields(state, input);
                break;
            case < 13 when terminalAllowed:
                state = new JsonObject { ["Type"] = "Succeed" };
                if (_random.Next(2) == 0 && PathTo(input, CanBeDocument) is (string outputPath, _))
                {
                    state["OutputPath"] = outputPath;
                }

                break;
            case < 15:
                state = Pass(input, out Shape otherPassOut);
                ends.Add(new Open(state, "Next", otherPassOut, true));
                break;
            case < 17:
                state = Parallel(input, depth, nested, ends);
                break;
            default:
                if (ItemsPath(input) is null)
                {
                    state = Pass(input, out Shape fallbackOut);
                    ends.Add(new Open(state, "Next", fallbackOut, true));
                    break;
                }

                state = Map(input, depth, ends);
                break;
        }

        states[name] = state;
        return (name, ends);
    }

    /// <summary>InputPath (sometimes), and the effective input's shape.</summary>
    private Shape InputPath(JsonObject state, Shape input)
    {
        int choice = _random.Next(40);
        if (choice == 0 && !_safe)
        {
            state["InputPath"] = MissingPath();
            return Shape.Any;
        }

        if (choice < 8 && PathTo(input, s => s.Kind == Kind.Object, allowRoot: false) is (string path, Shape found))
        {
            state["InputPath"] = path;
            return found;
        }

        return input;
    }

    /// <summary>ResultPath and OutputPath (each sometimes), and the output's shape.</summary>
    private Shape ResultAndOutputPath(JsonObject state, Shape raw, Shape result)
    {
        Shape output;
        int choice = _random.Next(10);
        if (raw.Kind != Kind.Object || choice < 3)
        {
            // No ResultPath: the result is the output. (ResultPath "$" is not compared; see HandWrittenCases.)
            output = result;
        }
        else if (choice < 4)
        {
            state["ResultPath"] = null;
            output = raw;
        }
        else if (choice < 6 && PathTo(raw, s => s.Kind == Kind.Object, allowRoot: false, membersOnly: true) is (string parent, _))
        {
            string field = NewField();
            state["ResultPath"] = parent + "." + field;
            output = WithMember(raw, parent, field, result);
        }
        else
        {
            string field = NewField();
            state["ResultPath"] = "$." + field;
            output = WithMember(raw, "$", field, result);
        }

        if (_random.Next(8) == 0 && PathTo(output, CanBeDocument) is (string path, Shape found))
        {
            state["OutputPath"] = path;
            return found;
        }

        return output;
    }

    /// <summary><paramref name="raw"/> with <paramref name="field"/> set to <paramref name="value"/> in the object at <paramref name="parentPath"/>.</summary>
    private static Shape WithMember(Shape raw, string parentPath, string field, Shape value)
    {
        if (parentPath == "$")
        {
            var fields = new Dictionary<string, Shape>(raw.Fields!) { [field] = value };
            return new Shape { Kind = Kind.Object, Fields = fields, Escapes = raw.Escapes };
        }

        string rest = parentPath.Substring(2);
        int dot = rest.IndexOf('.', StringComparison.Ordinal);
        string head = dot < 0 ? rest : rest.Substring(0, dot);
        var copy = new Dictionary<string, Shape>(raw.Fields!)
        {
            [head] = WithMember(raw.Fields![head], dot < 0 ? "$" : "$" + rest.Substring(dot), field, value),
        };
        return new Shape { Kind = Kind.Object, Fields = copy, Escapes = raw.Escapes };
    }

    private JsonObject Pass(Shape input, out Shape output)
    {
        var state = new JsonObject { ["Type"] = "Pass" };
        Shape effective = InputPath(state, input);
        Shape result = effective;
        int choice = _random.Next(3);
        if (choice == 0)
        {
            JsonNode value = RandomResult();
            state["Result"] = value;
            result = Shape.Of(value);
        }
        else if (choice == 1 && effective.Kind != Kind.Any)
        {
            (JsonObject template, Shape shape) = Template(effective);
            state["Parameters"] = template;
            result = shape;
        }

        output = ResultAndOutputPath(state, input, result);
        return state;
    }

    private JsonObject Wait(Shape input, out Shape output)
    {
        var state = new JsonObject { ["Type"] = "Wait" };
        // SecondsPath and TimestampPath only where the value is right: the harness overrides every Wait, and the package
        // then skips evaluating them (see HandWrittenCases).
        var seconds = PathTo(input, s => s.IsKnownNonNegativeInteger);
        var timestamp = PathTo(input, s => s.IsTimestamp && s.HasKnown);
        switch (_random.Next(4))
        {
            case 0 when seconds is not null:
                state["SecondsPath"] = seconds.Value.Path;
                break;
            case 1 when timestamp is not null:
                state["TimestampPath"] = timestamp.Value.Path;
                break;
            case 2:
                state["Timestamp"] = Pick(Times);
                break;
            default:
                state["Seconds"] = _random.Next(0, 100);
                break;
        }

        output = input;
        if (_random.Next(6) == 0 && PathTo(input, CanBeDocument) is (string path, Shape found))
        {
            state["OutputPath"] = path;
            output = found;
        }

        return state;
    }

    private void FailFields(JsonObject state, Shape input)
    {
        var known = PathTo(input, s => s.Kind == Kind.String && s.HasKnown);
        if (known is not null && _random.Next(3) == 0)
        {
            state["ErrorPath"] = known.Value.Path;
            state["CausePath"] = PathTo(input, s => s.Kind == Kind.String && s.HasKnown)!.Value.Path;
        }
        else
        {
            state["Error"] = "Generated." + Pick(Words);
            state["Cause"] = "failed at " + NewField();
        }
    }

    private JsonObject Choice(JsonObject states, Shape input, int depth, bool nested, List<Open> ends)
    {
        var state = new JsonObject { ["Type"] = "Choice" };
        Shape effective = InputPath(state, input);
        Shape known = effective.Kind == Kind.Any ? new Shape { Kind = Kind.Object, Fields = [] } : effective;
        var rules = new JsonArray();
        int count = _random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            JsonObject rule = Rule(known, 0);
            rules.Add(rule);
            BranchTo(states, rule, "Next", effective, depth, nested, ends);
        }

        state["Choices"] = rules;
        if (_safe || _random.Next(8) != 0)
        {
            BranchTo(states, state, "Default", effective, depth, nested, ends);
        }

        return state;
    }

    /// <summary>Points <paramref name="owner"/>'s <paramref name="property"/> at a short chain of its own, or leaves it open to join the rest.</summary>
    private void BranchTo(JsonObject states, JsonObject owner, string property, Shape shape, int depth, bool nested, List<Open> ends)
    {
        if (_random.Next(2) == 0)
        {
            ends.Add(new Open(owner, property, shape, false));
            return;
        }

        (string name, List<Open> branchEnds) = State(states, shape, depth, nested, terminalAllowed: true);
        owner[property] = name;
        ends.AddRange(branchEnds);
    }

    private JsonObject Task(string name, Shape input, bool nested, List<Open> ends)
    {
        var state = new JsonObject { ["Type"] = "Task", ["Resource"] = Lambda };
        Shape effective = InputPath(state, input);
        if (_random.Next(2) == 0 && effective.Kind != Kind.Any)
        {
            state["Parameters"] = Template(effective).Template;
        }

        JsonNode answer = RandomResult();
        Shape result = Shape.Of(answer);
        if (_random.Next(3) == 0)
        {
            (JsonObject selector, Shape selected) = Template(result);
            state["ResultSelector"] = selector;
            result = selected;
        }

        var outcomes = new JsonArray();
        if (nested)
        {
            // Map iterations call in an order neither executor promises, and a failing Parallel branch stops its
            // siblings wherever they are, so a Task in a branch or iteration gives the same answer every time.
            outcomes.Add(!_safe && _random.Next(3) == 0 ? Throw() : new JsonObject { ["return"] = answer.DeepClone() });
        }
        else
        {
            int failures = _random.Next(4) == 0 ? 0 : _random.Next(0, 4);
            for (int i = 0; i < failures; i++)
            {
                outcomes.Add(Throw());
            }

            outcomes.Add(_random.Next(6) == 0 ? Throw() : new JsonObject { ["return"] = answer.DeepClone() });
        }

        _tasks[name] = outcomes;
        RetryAndCatch(state, input, ends);
        ends.Add(new Open(state, "Next", ResultAndOutputPath(state, input, result), true));
        return state;
    }

    private JsonObject Throw() => new()
    {
        ["throw"] = new JsonObject { ["error"] = Pick(Errors), ["cause"] = "cause " + _random.Next(1000).ToString(CultureInfo.InvariantCulture) },
    };

    private void RetryAndCatch(JsonObject state, Shape raw, List<Open> ends)
    {
        bool task = (string?)state["Type"] == "Task";
        if (_random.Next(2) == 0)
        {
            var retry = new JsonArray();
            int count = _random.Next(1, 3);
            for (int i = 0; i < count; i++)
            {
                var retrier = new JsonObject { ["ErrorEquals"] = ErrorEquals(last: i == count - 1, task) };
                if (_random.Next(3) != 0)
                {
                    retrier["MaxAttempts"] = _random.Next(0, 4);
                }

                if (_random.Next(2) == 0)
                {
                    retrier["IntervalSeconds"] = _random.Next(1, 5);
                    retrier["BackoffRate"] = 1 + (_random.Next(0, 4) * 0.5);
                }

                retry.Add(retrier);
            }

            state["Retry"] = retry;
        }

        if (_random.Next(2) == 0)
        {
            var catchers = new JsonArray();
            int count = _random.Next(1, 3);
            for (int i = 0; i < count; i++)
            {
                var catcher = new JsonObject { ["ErrorEquals"] = ErrorEquals(last: i == count - 1, task) };
                var errorOutput = new Shape
                {
                    Kind = Kind.Object,
                    // The cause of a predefined error is each executor's own wording: never serialized or formatted.
                    Fields = new Dictionary<string, Shape> { ["Error"] = new() { Kind = Kind.String }, ["Cause"] = new() { Kind = Kind.String, Escapes = true } },
                };
                Shape after = errorOutput;
                int choice = _random.Next(3);
                if (choice == 0 && raw.Kind == Kind.Object)
                {
                    string field = NewField();
                    catcher["ResultPath"] = "$." + field;
                    after = WithMember(raw, "$", field, errorOutput);
                }
                else if (choice == 1)
                {
                    catcher["ResultPath"] = null;
                    after = raw;
                }

                catchers.Add(catcher);
                ends.Add(new Open(catcher, "Next", after, false));
            }

            state["Catch"] = catchers;
        }
    }

    /// <summary>
    /// Error names for a retrier or catcher. States.TaskFailed only on a Task: the package matches it on Task states
    /// only, StepGen on every state (the guide calls it a wildcard for any error but States.Timeout, without saying
    /// whether a Parallel or Map state's catcher sees a branch's error under it).
    /// </summary>
    private JsonArray ErrorEquals(bool last, bool task)
    {
        if (last && _random.Next(3) == 0)
        {
            return new JsonArray("States.ALL");
        }

        var names = Errors.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).Select(e => (JsonNode)e).ToList();
        if (task && _random.Next(5) == 0)
        {
            names.Add("States.TaskFailed");
        }

        return new JsonArray(names.ToArray());
    }

    private JsonObject Parallel(Shape input, int depth, bool nested, List<Open> ends)
    {
        var state = new JsonObject { ["Type"] = "Parallel" };
        Shape effective = InputPath(state, input);
        if (effective.Kind != Kind.Any && _random.Next(3) == 0)
        {
            (JsonObject template, Shape shape) = Template(effective);
            state["Parameters"] = template;
            effective = shape;
        }

        var branches = new JsonArray();
        var outputs = new List<Shape>();
        int count = _random.Next(2, 4);
        int unsafeBranch = _random.Next(count);
        bool safe = _safe;
        for (int i = 0; i < count; i++)
        {
            _safe = safe || i != unsafeBranch;
            JsonObject branch = Machine(effective, depth + 1, nested: true, _random.Next(1, 4));
            branches.Add(branch);
            outputs.Add(Shape.Untracked);
        }

        _safe = safe;

        state["Branches"] = branches;
        Shape result = new() { Kind = Kind.Array, Items = outputs };
        if (_random.Next(3) == 0)
        {
            state["ResultSelector"] = new JsonObject { ["first.$"] = "$[0]", ["count.$"] = "States.ArrayLength($)" };
            result = new Shape { Kind = Kind.Object, Fields = new Dictionary<string, Shape> { ["first"] = Shape.Untracked, ["count"] = Shape.Of(count) } };
        }

        RetryAndCatch(state, input, ends);
        ends.Add(new Open(state, "Next", ResultAndOutputPath(state, input, result), true));
        return state;
    }

    /// <summary>Where a Map finds its items in <paramref name="input"/>: null for the input itself, else a reference path; none when there is no array.</summary>
    private (string? Path, Shape Items)? ItemsPath(Shape input)
    {
        if (input.Kind == Kind.Array)
        {
            return (null, input);
        }

        return PathTo(input, s => s.Kind == Kind.Array, allowRoot: false, reference: true) is (string path, Shape found) ? (path, found) : null;
    }

    private JsonObject Map(Shape input, int depth, List<Open> ends)
    {
        var state = new JsonObject { ["Type"] = "Map" };
        (string? itemsPath, Shape items) = ItemsPath(input)!.Value;
        if (!_safe && _random.Next(30) == 0)
        {
            // Nothing to iterate over: the Map fails with States.Runtime in both.
            itemsPath = MissingPath();
        }

        if (itemsPath is not null)
        {
            state["ItemsPath"] = itemsPath;
        }

        Shape item = items.ElementShape();
        if (_random.Next(2) == 0 || !CanBeDocument(item))
        {
            var roots = new Dictionary<string, Shape> { ["$$.Map.Item.Value"] = item, ["$$.Map.Item.Index"] = new() { Kind = Kind.Integer } };
            (JsonObject selector, Shape selected) = Template(input, 0, roots);
            selector["value.$"] = "$$.Map.Item.Value";
            selected.Fields!["value"] = item;
            state["ItemSelector"] = selector;
            item = selected;
        }

        int concurrency = _random.Next(0, 4);
        if (_random.Next(3) != 0)
        {
            state["MaxConcurrency"] = concurrency;
        }
        else
        {
            concurrency = 0;
        }

        // Iterations one at a time may fail; concurrent ones must not (see _safe).
        bool safe = _safe;
        _safe = safe || concurrency != 1;
        JsonObject processor = Machine(item, depth + 1, nested: true, _random.Next(1, 4));
        _safe = safe;
        processor["ProcessorConfig"] = new JsonObject { ["Mode"] = "INLINE" };
        state["ItemProcessor"] = processor;
        Shape result = new() { Kind = Kind.Array, Element = Shape.Untracked };
        RetryAndCatch(state, input, ends);
        ends.Add(new Open(state, "Next", ResultAndOutputPath(state, input, result), true));
        return state;
    }

    private string NewState() => "S" + (++_stateCount).ToString(CultureInfo.InvariantCulture);

    private string NewField() => "f" + (++_fieldCount).ToString(CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> options) => options[_random.Next(options.Count)];
}
