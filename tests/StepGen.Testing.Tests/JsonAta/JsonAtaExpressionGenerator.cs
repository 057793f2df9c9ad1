using System.Globalization;
using System.Text.Json.Nodes;

namespace StepGen.Testing.Tests.JsonAta;

/// <summary>
/// A seeded generator of JSONata expressions over generated documents: paths with predicates and positions, order-by,
/// group-by, focus and index bindings, arithmetic, comparisons, string and numeric functions, formatting pictures and
/// higher-order functions with lambdas, including type errors on purpose. The same seed gives the same cases.
/// </summary>
internal sealed class JsonAtaExpressionGenerator
{
    private static readonly string[] Words = ["alpha", "Beta", "gamma", "delta", "Echo", "fox", "golf", "hotel", "india", "Juliet", "kilo", "lima", "mike", "a b", "x-y", ""];
    private static readonly string[] Tags = ["red", "green", "blue", "new", "sale"];
    private static readonly string[] Levels = ["low", "mid", "high"];
    private static readonly string[] ItemNumberFields = ["price", "qty", "id"];
    private static readonly string[] NumberPictures = ["#,##0.00", "0.0", "#", "000", "#,###", "0.00e0", "0%", "#.###", "#,##0.0#;(#)"];
    private static readonly string[] IntegerPictures = ["0", "000", "#,##0", "w", "W", "Ww", "i", "I", "a", "A", "0;o", "w;o"];
    private static readonly string[] DatePictures = ["[Y0001]-[M01]-[D01]", "[D1o] [MNn] [Y]", "[H01]:[m01]:[s01]", "[FNn] [h]:[m01][P]", "[Y]-W[W01]-[F1]", "[d] [MN,*-3]"];

    private readonly Random _random;

    private JsonAtaExpressionGenerator(int seed) => _random = new Random(seed);

    public static IReadOnlyList<JsonAtaCase> Generate(int seed, int count)
    {
        var generator = new JsonAtaExpressionGenerator(seed);
        var documents = new List<JsonObject>();
        for (int i = 0; i < 12; i++)
        {
            documents.Add(generator.Document());
        }

        var cases = new List<JsonAtaCase>(count);
        for (int i = 0; i < count; i++)
        {
            int d = generator._random.Next(documents.Count);
            cases.Add(new JsonAtaCase(generator.Top(), "generated#" + d, documents[d].DeepClone(), true));
        }

        return cases;
    }

    private JsonObject Document()
    {
        var items = new JsonArray();
        int n = _random.Next(0, 9);
        for (int i = 0; i < n; i++)
        {
            var item = new JsonObject
            {
                ["id"] = i + 1,
                ["name"] = Pick(Words),
                ["price"] = Math.Round(_random.NextDouble() * 200 - 20, _random.Next(0, 3)),
                ["qty"] = _random.Next(0, 12),
                ["active"] = _random.Next(2) == 0,
                ["tags"] = new JsonArray(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => (JsonNode)JsonValue.Create(Pick(Tags))!).ToArray()),
            };
            if (_random.Next(3) > 0)
            {
                item["meta"] = new JsonObject { ["score"] = Math.Round(_random.NextDouble(), 3), ["level"] = Pick(Levels) };
            }

            if (_random.Next(6) == 0)
            {
                item["note"] = null;
            }

            items.Add(item);
        }

        return new JsonObject
        {
            ["title"] = Pick(Words),
            ["count"] = _random.Next(-5, 100),
            ["ratio"] = Math.Round(_random.NextDouble() * 10, 4),
            ["stamp"] = 1_600_000_000_000L + (long)(_random.NextDouble() * 200_000_000_000),
            ["flags"] = new JsonArray(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => (JsonNode)JsonValue.Create(_random.Next(2) == 0)!).ToArray()),
            ["matrix"] = new JsonArray(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => (JsonNode)new JsonArray(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => (JsonNode)JsonValue.Create(_random.Next(-9, 10))!).ToArray())).ToArray()),
            ["items"] = items,
        };
    }

    private string Top() => _random.Next(10) switch
    {
        0 or 1 => Number(3),
        2 or 3 => Text(3),
        4 => Boolean(3),
        5 or 6 => Path(2),
        7 or 8 => HigherOrder(2),
        _ => Mixed(2),
    };

    private string Number(int depth)
    {
        if (depth <= 0)
        {
            return _random.Next(6) switch
            {
                0 => Int(-20, 100),
                1 => Decimal(),
                2 => "count",
                3 => "ratio",
                4 => "items[" + Int(-3, 6) + "]." + Pick(ItemNumberFields),
                _ => "$count(items)",
            };
        }

        int d = depth - 1;
        return _random.Next(22) switch
        {
            0 or 1 => Number(d) + " " + Pick(["+", "-", "*", "/", "%"]) + " " + Number(d),
            2 => "(" + Number(d) + ")",
            3 => "$sum(items." + Pick(ItemNumberFields) + ")",
            4 => "$max(items." + Pick(ItemNumberFields) + ")",
            5 => "$min(items[" + ItemPredicate(d) + "].price)",
            6 => "$average(items.qty)",
            7 => "$round(" + Number(d) + ", " + Int(-1, 3) + ")",
            8 => Pick(["$abs", "$floor", "$ceil"]) + "(" + Number(d) + ")",
            9 => "$length(" + Text(d) + ")",
            10 => "$count(" + Path(d) + ")",
            11 => "$number(" + Pick(["\"12\"", "\"-3.5\"", "\"1e3\"", "\"0x1F\"", "\"abc\"", "true"]) + ")",
            12 => "$power(" + Int(-3, 5) + ", " + Int(-2, 4) + ")",
            13 => "$sqrt(" + Int(0, 50) + ")",
            14 => "-" + Number(d),
            15 => "$reduce(items.qty, function($a, $b){$a " + Pick(["+", "*", "-"]) + " $b}" + (_random.Next(2) == 0 ? ", " + Int(0, 5) : string.Empty) + ")",
            16 => "items[" + Int(0, 4) + "].meta.score * " + Int(1, 100),
            17 => "$parseInteger(" + Quote(Pick(["12", "1,234", "xii", "forty-two"])) + ", " + Quote(Pick(["0", "#,##0", "i", "w"])) + ")",
            18 => "$toMillis(" + Quote(Pick(["2026-01-02T03:04:05Z", "2024-02-29", "2025-07-04T10:00:00.5+02:00"])) + ")",
            19 => Boolean(d) + " ? " + Number(d) + " : " + Number(d),
            20 => "$count(items[" + ItemPredicate(d) + "])",
            _ => Number(0),
        };
    }

    private string Text(int depth)
    {
        if (depth <= 0)
        {
            return _random.Next(4) switch
            {
                0 => Quote(Pick(Words)),
                1 => "title",
                2 => "items[" + Int(-2, 5) + "].name",
                _ => "items[0].meta.level",
            };
        }

        int d = depth - 1;
        return _random.Next(22) switch
        {
            0 or 1 => Text(d) + " & " + Text(d),
            2 => Pick(["$uppercase", "$lowercase", "$trim"]) + "(" + Text(d) + ")",
            3 => "$substring(" + Text(d) + ", " + Int(-4, 6) + (_random.Next(2) == 0 ? ", " + Int(-1, 5) : string.Empty) + ")",
            4 => Pick(["$substringBefore", "$substringAfter"]) + "(" + Text(d) + ", " + Quote(Pick(["a", "l", " ", "-", "zz"])) + ")",
            5 => "$string(" + Any(d) + ")",
            6 => "$join(items.name, " + Quote(Pick([", ", "|", ""])) + ")",
            // A function replacement only with a regex: with a string pattern the reference concatenates the
            // JavaScript source text of its own closure, which no other implementation can reproduce.
            7 => _random.Next(4) == 0
                ? "$replace(" + Text(d) + ", " + Pick(["/[aeiou]/", "/(l+)/", "/^./", "/a/i"]) + ", function($m){$uppercase($m.match)})"
                : "$replace(" + Text(d) + ", " + Pick(["\"a\"", "/[aeiou]/", "/(l+)/", "/^./", "/a/i"]) + ", " + Pick(["\"_\"", "\"[$1]\"", "\"$0$0\""]) + ")",
            8 => "$pad(" + Text(d) + ", " + Int(-8, 9) + (_random.Next(2) == 0 ? ", " + Quote(Pick(["*", "ab", "0"])) : string.Empty) + ")",
            9 => "$formatNumber(" + Number(d) + ", " + Quote(Pick(NumberPictures)) + ")",
            10 => "$formatBase(" + Int(-300, 5000) + ", " + Int(2, 37) + ")",
            11 => "$formatInteger(" + Int(0, 3000) + ", " + Quote(Pick(IntegerPictures)) + ")",
            12 => "$fromMillis(stamp, " + Quote(Pick(DatePictures)) + (_random.Next(3) == 0 ? ", " + Quote(Pick(["+0100", "-0530", "+0000"])) : string.Empty) + ")",
            13 => "$fromMillis(stamp)",
            14 => "$join($split(" + Text(d) + ", " + Pick(["\"a\"", "\"\"", "/[ -]/", "\"l\""]) + "), \"/\")",
            15 => "$join($map(items, function($v){$v.name & $v.qty}), \",\")",
            16 => "$base64encode(" + Text(d) + ")",
            17 => "$encodeUrlComponent(" + Text(d) + ")",
            18 => "$string(" + Number(d) + ")",
            19 => Boolean(d) + " ? " + Text(d) + " : " + Text(d),
            20 => "$join(items^(" + Pick([">price", "name", "qty, >id"]) + ").name, \",\")",
            _ => Text(0),
        };
    }

    private string Boolean(int depth)
    {
        if (depth <= 0)
        {
            return _random.Next(4) switch
            {
                0 => Pick(["true", "false"]),
                1 => "items[0].active",
                2 => "flags[0]",
                _ => "$exists(items[" + Int(0, 9) + "])",
            };
        }

        int d = depth - 1;
        return _random.Next(12) switch
        {
            0 or 1 => Number(d) + " " + Pick(["<", "<=", ">", ">=", "=", "!="]) + " " + Number(d),
            2 => Text(d) + " " + Pick(["=", "!=", "<", ">"]) + " " + Text(d),
            3 => Boolean(d) + " " + Pick(["and", "or"]) + " " + Boolean(d),
            4 => "$not(" + Boolean(d) + ")",
            5 => "$contains(" + Text(d) + ", " + Pick(["\"a\"", "\"E\"", "/[A-Z]/", "/^a/i"]) + ")",
            6 => Quote(Pick(Tags)) + " in items[" + Int(0, 4) + "].tags",
            7 => "$boolean(" + Any(d) + ")",
            8 => "$exists(" + Path(d) + ")",
            9 => Any(d) + " = " + Any(d),
            10 => Number(d) + " " + Pick(["<", ">"]) + " " + Text(d),
            _ => Boolean(0),
        };
    }

    private string ItemPredicate(int depth) => _random.Next(10) switch
    {
        0 => "price > " + Int(-10, 150),
        1 => "qty " + Pick(["<", ">=", "="]) + " " + Int(0, 10),
        2 => "active",
        3 => "$not(active)",
        4 => Quote(Pick(Tags)) + " in tags",
        5 => "meta.score > 0." + Int(1, 9),
        6 => "$contains(name, " + Quote(Pick(["a", "e", "i"])) + ")",
        7 => Int(-3, 5),
        8 => "qty % 2 = 0 and price < " + Int(0, 200),
        _ => depth > 0 ? "$count(tags) > " + Int(0, 3) : "id = " + Int(1, 6),
    };

    private string Path(int depth)
    {
        int d = Math.Max(0, depth - 1);
        return _random.Next(24) switch
        {
            0 => "items[" + ItemPredicate(d) + "]." + Pick(["name", "price", "id", "tags", "meta"]),
            1 => "items[" + ItemPredicate(d) + "][" + ItemPredicate(d) + "].id",
            2 => "items^(" + Pick(["price", ">price", "name", ">qty, name", "meta.score"]) + ")." + Pick(["id", "name"]),
            3 => "items{" + Pick(["name", "meta.level", "$string(active)", "tags[0]"]) + ": " + Pick(["$sum(price)", "id", "$count(id)", "qty[]", "{\"n\": $count(id)}"]) + "}",
            4 => "items.(" + Pick(["price * qty", "name & \":\" & id", "$uppercase(name)", "tags[0]"]) + ")",
            5 => "items[" + Int(-4, 6) + "]",
            6 => "items#$i[$i " + Pick(["<", ">", "="]) + " " + Int(0, 4) + "].name",
            7 => "items@$it.tags@$t.{\"id\": $it.id, \"tag\": $t}",
            8 => "items.tags[" + Int(-1, 2) + "]",
            9 => "items.tags[]",
            10 => "**.score",
            11 => "matrix[" + Int(-1, 3) + "][" + Int(-1, 3) + "]",
            12 => "matrix.$",
            13 => "items[" + ItemPredicate(d) + "][]",
            14 => "items.meta.%.name",
            15 => "items.{\"n\": name, \"p\": price}",
            16 => "items.tags.%.id",
            17 => "$distinct(items.tags)",
            18 => "items#$i.{\"i\": $i, \"id\": id}",
            19 => "items[tags = " + Quote(Pick(Tags)) + "].id",
            20 => "items.*",
            21 => "items[qty > " + Int(0, 8) + "]^(>price)[0].name",
            22 => "$keys(items[0])",
            _ => "items." + Pick(["name", "price", "meta.level", "note"]),
        };
    }

    private string HigherOrder(int depth)
    {
        int d = Math.Max(0, depth - 1);
        return _random.Next(14) switch
        {
            0 => "$map(items, function($v, $i){" + Pick(["$v.price * $i", "$v.name & $i", "$v.qty > 3 ? $v.id", "{\"k\": $v.id}"]) + "})",
            1 => "$filter(items, function($v){$v." + ItemPredicate(d) + "}).id",
            2 => "$reduce(items, function($acc, $v){$acc + $v.qty}, " + Int(0, 10) + ")",
            3 => "$sort(items, function($a, $b){$a." + Pick(["price", "name", "qty"]) + " > $b." + Pick(["price", "name", "qty"]) + "}).id",
            4 => "$each(items[0], function($v, $k){$k})",
            5 => "$sift(items[0], function($v){$type($v) = \"number\"})",
            6 => "$zip(items.id, items.name)",
            7 => "$map(matrix, function($row){$sum($row)})",
            8 => "items ~> $filter(function($v){$v.active}) ~> $map(function($v){$v.id})",
            9 => "($f := function($x){$x * " + Int(1, 5) + "}; items.qty ~> $map($f))",
            10 => "$single(items, function($v){$v.id = " + Int(0, 3) + "}).name",
            11 => "($g := $substring(?, 0, " + Int(0, 4) + "); items.name.$g($))",
            12 => "$sort(items.price)",
            _ => "$map(items.price, $string)",
        };
    }

    private string Mixed(int depth) => _random.Next(20) switch
    {
        8 => "items@$i.tags@$t{$t: $count($i.id)}",
        9 => "items#$p{meta.level: $p}",
        10 => "items.meta{level: %.name}",
        11 => Any(depth) + " " + Pick(["??", "?:"]) + " " + Any(depth),
        12 => "$each(items[0], function($v, $k){$k & \"=\" & $string($v)})",
        13 => "$merge(items.{name: price})",
        14 => "$spread(items[" + Int(0, 3) + "])." + Pick(["*", "name", "$keys($)"]),
        15 => "$match(" + Text(depth) + ", " + Pick(["/[a-z]+/", "/(\\w)(\\w)?/", "/^[A-Z]/i", "/\\d/"]) + ")",
        16 => "$formatNumber(" + Number(depth) + ", " + Quote(Pick(["#,##0.###", "000.00", "#%", "0.0e00", "#,##", "0.#;0.#-", "##0,000", "#.#.#"])) + ")",
        17 => "$fromMillis(stamp, " + Quote(Pick(["[Y,2]/[M,2]", "[D1o] [MNn,3]", "[h]:[m01][PN]", "[YI] [Mi]", "[Dw] [MNn]", "[W] [w] [X] [x]", "[Q]", "[Y0001"])) + ")",
        18 => "items ~> |$[" + ItemPredicate(0) + "]|{\"flag\": true}, [\"tags\"]| ~> $map(function($v){$v.flag})",
        19 => "$eval(" + Quote(Pick(["items[0].id", "$count(items)", "1 + ", "title & '!'"])) + ")",
        0 => "title + " + Int(0, 5),
        1 => "items.name < " + Int(0, 5),
        2 => "{\"total\": $sum(items.price), \"names\": items.name, \"first\": items[0]}",
        3 => "[items.id, " + Number(depth) + "]",
        4 => "items[0] ~> |$|{\"seen\": true}, [\"tags\"]|",
        5 => "($x := " + Number(depth) + "; $y := " + Number(depth) + "; [$x, $y, $x " + Pick(["+", "<", "="]) + " $y])",
        6 => "[" + Int(-2, 3) + ".." + Int(0, 6) + "]",
        _ => "$string(" + Any(depth) + ", " + Pick(["true", "false"]) + ")",
    };

    private string Any(int depth) => _random.Next(5) switch
    {
        0 => Number(depth),
        1 => Text(depth),
        2 => Boolean(depth),
        3 => Path(depth),
        _ => Pick(["null", "[]", "{}", "items[0]", "matrix", "flags"]),
    };

    private string Int(int min, int max) => _random.Next(min, max).ToString(CultureInfo.InvariantCulture);

    private string Decimal() => (Math.Round(_random.NextDouble() * 100, _random.Next(1, 4))).ToString(CultureInfo.InvariantCulture);

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
