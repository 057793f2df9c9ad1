using StepGen.Tool.Sources;
using StepGen.Tool.Sources.Nodes;
using StepGen.Tool.Sources.Yaml;

namespace StepGen.Tool.Tests.Sources;

public sealed class YamlReaderTests
{
    private static string Json(string yaml) => NodeJsonWriter.Write(YamlReader.Read(yaml)).Value;

    private static SourceFormatException Fails(string yaml) => Assert.Throws<SourceFormatException>(() => YamlReader.Read(yaml));

    [Fact]
    public void Block_mappings_and_sequences_with_compact_forms_nest_by_indentation()
    {
        const string yaml = """
            # a comment
            Comment: pick a colour
            StartAt: First   # trailing comment
            Steps:
            - name: one
              tags: [a, b]
            - - nested
              - list
            -
              deep:
                deeper: x
            Empty:
            Last: end
            """;
        SourceAssert.JsonEqual("""
            {"Comment": "pick a colour", "StartAt": "First",
             "Steps": [{"name": "one", "tags": ["a", "b"]}, ["nested", "list"], {"deep": {"deeper": "x"}}],
             "Empty": null, "Last": "end"}
            """, Json(yaml));
    }

    [Fact]
    public void A_sequence_may_stand_at_its_keys_indentation()
    {
        SourceAssert.JsonEqual("""{"a": ["x", "y"], "b": {"c": [1, 2]}, "d": 3}""", Json("a:\n- x\n- y\nb:\n  c:\n  - 1\n  - 2\nd: 3\n"));
    }

    [Fact]
    public void Plain_scalars_resolve_by_the_core_schema_and_quoted_ones_stay_strings()
    {
        const string yaml = """
            int: 30
            neg: -7
            plus: +12
            float: 1.5
            exp: 2e3
            dot: .5
            hex: 0x1F
            octal: 0o17
            yes: true
            no: FALSE
            nothing: ~
            also: null
            word: yes
            version: 1.2.3
            quoted: "30"
            single: 'true'
            tagged: !!str 30
            forced: !!int "42"
            inf: .inf
            """;
        SourceAssert.JsonEqual("""
            {"int": 30, "neg": -7, "plus": 12, "float": 1.5, "exp": 2e3, "dot": 0.5, "hex": 31, "octal": 15,
             "yes": true, "no": false, "nothing": null, "also": null, "word": "yes", "version": "1.2.3",
             "quoted": "30", "single": "true", "tagged": "30", "forced": 42, "inf": ".inf"}
            """, Json(yaml));
    }

    [Fact]
    public void Multi_line_plain_and_quoted_scalars_fold()
    {
        const string yaml = "plain: one\n  two\n\n  three\ndouble: \"a\n  b\\tc \\\n  d\\u00e9\"\nsingle: 'it''s\n   here'\nafter: x\n";
        SourceAssert.JsonEqual("""{"plain": "one two\nthree", "double": "a b\tc d\u00e9", "single": "it's here", "after": "x"}""", Json(yaml));
    }

    [Theory]
    [InlineData("k: |\n  a\n   b\n\n  c\n\n\nn: 1\n", "a\n b\n\nc\n")]
    [InlineData("k: |-\n  a\n  b\n\nn: 1\n", "a\nb")]
    [InlineData("k: |+\n  a\n\n\nn: 1\n", "a\n\n\n")]
    [InlineData("k: >\n  one\n  two\n\n  three\n    more\n  four\nn: 1\n", "one two\nthree\n  more\nfour\n")]
    [InlineData("k: >-\n  one\n  two\nn: 1\n", "one two")]
    [InlineData("k: |2\n    indented\n  base\nn: 1\n", "  indented\nbase\n")]
    [InlineData("k: |  # comment\n  # not a comment\nn: 1\n", "# not a comment\n")]
    [InlineData("- |\n  x\n- >-\n  y\n  z\n", null)]
    public void Block_scalars_follow_chomping_and_indentation(string yaml, string? expected)
    {
        string json = Json(yaml);
        if (expected is null)
        {
            SourceAssert.JsonEqual("""["x\n", "y z"]""", json);
            return;
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        Assert.Equal(expected, (string?)node["k"]);
        Assert.Equal(1, (int?)node["n"]);
    }

    [Fact]
    public void Flow_collections_span_lines_and_take_JSON()
    {
        const string yaml = """
            a: {x: 1, "y": [true, null, 'q'], z: }
            b: [ one,
                 two, {k: v} ,
                 "three" ]
            c: {"json":1,"nested":{"deep":[1,2,{"e":"f"}]}}
            d: [k: v]
            """;
        SourceAssert.JsonEqual("""
            {"a": {"x": 1, "y": [true, null, "q"], "z": null}, "b": ["one", "two", {"k": "v"}, "three"],
             "c": {"json": 1, "nested": {"deep": [1, 2, {"e": "f"}]}}, "d": [{"k": "v"}]}
            """, Json(yaml));
    }

    [Fact]
    public void A_JSON_document_reads_as_YAML()
    {
        SourceAssert.JsonEqual("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}""",
            Json("{\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}\n}\n"));
    }

    [Fact]
    public void CloudFormation_short_forms_become_intrinsic_objects()
    {
        const string yaml = """
            a: !Ref Bucket
            b: !GetAtt Fn.Arn
            c: !GetAtt [Fn, Arn]
            d: !Sub
              - "arn:${AWS::Partition}:s3:::${Name}"
              - Name: !Ref Bucket
            e: !Join ["", [a, !Ref B]]
            f: !If [IsProd, 30, 60]
            g: !Select [0, !GetAZs ""]
            h: !Sub |
              text ${X}
            i: !ImportValue shared-arn
            j: !Equals [!Ref Env, prod]
            k: !Condition IsProd
            l: !Base64 abc
            m: !FindInMap [Map, !Ref Env, Key]
            """;
        SourceAssert.JsonEqual("""
            {"a": {"Ref": "Bucket"}, "b": {"Fn::GetAtt": "Fn.Arn"}, "c": {"Fn::GetAtt": ["Fn", "Arn"]},
             "d": {"Fn::Sub": ["arn:${AWS::Partition}:s3:::${Name}", {"Name": {"Ref": "Bucket"}}]},
             "e": {"Fn::Join": ["", ["a", {"Ref": "B"}]]}, "f": {"Fn::If": ["IsProd", 30, 60]},
             "g": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}, "h": {"Fn::Sub": "text ${X}\n"},
             "i": {"Fn::ImportValue": "shared-arn"}, "j": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
             "k": {"Condition": "IsProd"}, "l": {"Fn::Base64": "abc"}, "m": {"Fn::FindInMap": ["Map", {"Ref": "Env"}, "Key"]}}
            """, Json(yaml));
    }

    [Fact]
    public void A_tag_may_stand_alone_on_its_line_before_a_block_collection()
    {
        const string yaml = "v: !Sub\n  - \"${A}-${B}\"\n  - A: x\n    B: !Ref Y\nw: 1\n";
        SourceAssert.JsonEqual("""{"v": {"Fn::Sub": ["${A}-${B}", {"A": "x", "B": {"Ref": "Y"}}]}, "w": 1}""", Json(yaml));
    }

    [Fact]
    public void Anchors_and_aliases_copy_the_anchored_node()
    {
        SourceAssert.JsonEqual("""{"base": {"a": 1}, "copy": {"a": 1}, "list": [2, 2]}""",
            Json("base: &b\n  a: 1\ncopy: *b\nlist: [&two 2, *two]\n"));
    }

    [Fact]
    public void Document_markers_and_directives_are_skipped()
    {
        SourceAssert.JsonEqual("""{"a": 1}""", Json("%YAML 1.2\n---\na: 1\n...\n"));
        SourceAssert.JsonEqual("""{"a": 1}""", Json("--- # the document\na: 1\n---\n"));
        SourceAssert.JsonEqual("\"text\"", Json("--- text\n"));
        SourceAssert.JsonEqual("null", Json("# only a comment\n"));
    }

    [Fact]
    public void CRLF_line_ends_read_like_LF()
    {
        SourceAssert.JsonEqual("""{"a": {"b": "c d"}, "e": "x\ny\n"}""", Json("a:\r\n  b: c\r\n    d\r\ne: |\r\n  x\r\n  y\r\n"));
    }

    [Fact]
    public void Forms_seen_in_real_templates_read_as_CloudFormation_reads_them()
    {
        const string yaml = """
            AWSTemplateFormatVersion: 2010-09-09
            Version:    # the value is on the next line
              "2012-10-17"
            on: push
            'quoted key': "a # not a comment"
            "key: with colon": x
            Flow: { a: 1,   # comment inside flow
                    b: [ x,
                         y ] }
            Url: https://example.com/a#b
            Tabbed:	value
            Last: !Sub |
              ends without a line break
            """;
        SourceAssert.JsonEqual("""
            {"AWSTemplateFormatVersion": "2010-09-09", "Version": "2012-10-17", "on": "push", "quoted key": "a # not a comment",
             "key: with colon": "x", "Flow": {"a": 1, "b": ["x", "y"]}, "Url": "https://example.com/a#b", "Tabbed": "value",
             "Last": {"Fn::Sub": "ends without a line break"}}
            """, Json(yaml));
    }

    [Fact]
    public void A_multi_line_double_quoted_string_maps_each_line()
    {
        const string yaml = """
            DefinitionString: "{\"StartAt\": \"A\",
              \"States\": {}}"
            """;
        var scalar = (SourceScalar)((SourceMapping)YamlReader.Read(yaml)).Get("DefinitionString")!;
        Assert.Equal("{\"StartAt\": \"A\", \"States\": {}}", scalar.Value);
        var found = new FoundDefinition("t.yaml", "t", null, scalar.Value, new TextMap(yaml, scalar.Text.Anchors));
        Assert.Equal(SourceAssert.PositionIn(yaml, "States"), SourceAssert.MappedPosition(found, "States"));
        Assert.Equal(SourceAssert.PositionIn(yaml, "A\\\""), SourceAssert.MappedPosition(found, "A\""));
    }

    [Fact]
    public void Keys_map_verbatim_and_values_to_their_characters()
    {
        const string yaml = "Top:\n  Resource: 'arn:aws:lambda'\n  Seconds: 30\n  Text: |\n    line one\n    line two\n";
        MappedString json = NodeJsonWriter.Write(YamlReader.Read(yaml));
        var map = new TextMap(yaml, json.Anchors);
        var definition = new FoundDefinition("f.yaml", "f.yaml", null, json.Value, map);
        Assert.Equal(SourceAssert.PositionIn(yaml, "Resource"), SourceAssert.MappedPosition(definition, "Resource"));
        Assert.Equal(SourceAssert.PositionIn(yaml, "lambda"), SourceAssert.MappedPosition(definition, "lambda"));
        Assert.Equal(SourceAssert.PositionIn(yaml, "30"), SourceAssert.MappedPosition(definition, "30"));
        Assert.Equal(SourceAssert.PositionIn(yaml, "two"), SourceAssert.MappedPosition(definition, "two"));
    }

    [Theory]
    [InlineData("a: 1\nb: 2\na: 3\n", "a: 3", "duplicate key 'a' (first at line 1)")]
    [InlineData("x: {k: 1, k: 2}\n", "k: 2", "duplicate key 'k'")]
    [InlineData("a: \"never ends\n", "\"never", "never ends")]
    [InlineData("a:\n  b: 1\n   c: 2\n", "c: 2", "indent")]
    [InlineData("a: [1, 2\n", "[1", "never ends")]
    [InlineData("a:\n\tb: 1\n", "\tb", "tab")]
    [InlineData("a: *nothing\n", "*nothing", "names no anchor")]
    [InlineData("a: b: c\n", ": c", "': '")]
    [InlineData("a: 1\n--- \nb: 2\n", "---", "second YAML document")]
    [InlineData("a: \"bad \\q escape\"\n", "\\q", "invalid escape")]
    [InlineData("a: !!int nope\n", "!!int", "does not apply")]
    [InlineData("- a\nb: 1\n", "b: 1", "unexpected 'b'")]
    [InlineData("a: 1\n- b\n", "- b", "sequence entry")]
    public void Errors_say_what_and_where(string yaml, string at, string message)
    {
        SourceFormatException e = Fails(yaml);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(yaml.IndexOf(at, StringComparison.Ordinal), e.Offset);
    }
}
