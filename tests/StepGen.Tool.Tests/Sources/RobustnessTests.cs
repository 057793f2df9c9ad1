using System.Text;

using StepGen.Tool.Sources;
using StepGen.Tool.Sources.Json;
using StepGen.Tool.Sources.Terraform;
using StepGen.Tool.Sources.Yaml;

namespace StepGen.Tool.Tests.Sources;

/// <summary>The readers never throw on garbage: every prefix of real-looking fixtures, mutations of them and random text.</summary>
public sealed class RobustnessTests : IDisposable
{
    private const string YamlFixture = """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          M: # the machine
            Type: AWS::Serverless::StateMachine
            Properties:
              Name: !Sub "${AWS::StackName}-m"
              DefinitionSubstitutions: {Fn: !GetAtt [F, Arn], N: 3}
              Definition:
                StartAt: A
                States:
                  A:
                    Type: Task
                    Resource: !Ref Fn
                    Parameters: &p
                      text: >-
                        folded
                        text
                      list: [1, 'two', "th\tree", {four: 4}]
                    Next: B
                  B: {Type: Pass, Parameters: *p, End: true}
              Other: |+
                keep

        """;

    private const string JsonFixture = """
        {"Resources": {"M": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
          "DefinitionString": {"Fn::Join": ["", ["{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"",
            {"Fn::GetAtt": ["F", "Arn"]}, "\\u0041\", \"End\": true}}}"]]},
          "DefinitionSubstitutions": {"X": 1.5e3, "Y": [true, false, null]}}}}}
        """;

    private const string HclFixture = """
        locals {
          dir = "${path.module}/m"
          vars = { a = 1, b = "two" }
        }
        resource "aws_sfn_state_machine" "m" {
          name = "m-${var.env}"
          definition = jsonencode({
            StartAt = "A" # comment
            States = { A = { Type = "Pass", Result = [for x in var.xs : upper(x)], End = true, N = -1.5e2 } }
            Extra = var.on ? "y" : "n"
            List = [aws_lambda_function.f[0].arn, data.x.y.*.z]
          })
        }
        resource "aws_sfn_state_machine" "n" {
          definition = <<-EOT
            {"StartAt": "${local.dir}", $${x}
            %{ for k in v ~} ${k} %{~ endfor }
            EOT
        }
        resource "aws_sfn_state_machine" "o" {
          definition = templatefile("${local.dir}/x.json", local.vars)
        }
        """;

    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    public static TheoryData<string> Fixtures() => new() { YamlFixture, JsonFixture, HclFixture };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_prefix_of_a_fixture_reads_or_fails_cleanly(string fixture)
    {
        for (int length = 0; length <= fixture.Length; length++)
        {
            AllReadersSurvive(fixture.Substring(0, length));
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Mutations_of_a_fixture_read_or_fail_cleanly(string fixture)
    {
        var random = new Random(fixture.Length);
        const string alphabet = "{}[]:,-?#&*!|>'\"%@`\\$ \t\n\r~=<(). aZ09";
        for (int round = 0; round < 1500; round++)
        {
            var text = new StringBuilder(fixture);
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits && text.Length > 0; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text[at] = alphabet[random.Next(alphabet.Length)];
                        break;
                    case 1:
                        text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    default:
                        text.Remove(at, 1);
                        break;
                }
            }

            AllReadersSurvive(text.ToString());
        }
    }

    [Fact]
    public void Random_text_and_bytes_read_or_fail_cleanly()
    {
        var random = new Random(19);
        for (int round = 0; round < 500; round++)
        {
            var bytes = new byte[random.Next(200)];
            random.NextBytes(bytes);
            AllReadersSurvive(Encoding.UTF8.GetString(bytes));
            AllReadersSurvive(Encoding.Latin1.GetString(bytes));
        }

        AllReadersSurvive(new string('[', 50_000));
        AllReadersSurvive(new string('{', 50_000));
        AllReadersSurvive(string.Concat(Enumerable.Repeat("- ", 5_000)));
        AllReadersSurvive(string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', i) + "a:\n")));
        AllReadersSurvive("a: &a [x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n");
    }

    [Fact]
    public void Garbage_files_never_make_DefinitionSources_throw_or_fail_internally()
    {
        var random = new Random(7);
        string[] names = ["a.asl.yaml", "b.yaml", "c.json", "d.template", "e.tf", "f.asl.json", "g.txt"];
        for (int round = 0; round < 60; round++)
        {
            foreach (string name in names)
            {
                string source = round % 3 == 0 ? YamlFixture : round % 3 == 1 ? JsonFixture : HclFixture;
                string text = source.Substring(0, random.Next(source.Length + 1));
                if (round % 2 == 0 && text.Length > 0)
                {
                    char[] chars = text.ToCharArray();
                    chars[random.Next(chars.Length)] = (char)random.Next(1, 0x3000);
                    text = new string(chars);
                }

                _tree.Write(name, text);
            }

            foreach (string name in names)
            {
                NoInternalError(DefinitionSources.Read(_tree.PathOf(name)));
            }

            NoInternalError(DefinitionSources.Read(_tree.Root));
        }
    }

    private static void NoInternalError(SourceReadResult result)
    {
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("bug in stepgen", StringComparison.Ordinal));
        foreach (FoundDefinition definition in result.Definitions)
        {
            for (int i = 0; i <= definition.Text.Length; i += 7)
            {
                FilePosition position = definition.Map.PositionOf(i);
                Assert.True(position.Line >= 1 && position.Column >= 1);
            }
        }
    }

    private static void AllReadersSurvive(string text)
    {
        Survives(() => NodeJsonWriter.Write(YamlReader.Read(text)));
        Survives(() => NodeJsonWriter.Write(JsonSourceReader.Read(text)));
        Survives(() => HclParser.ParseFile(text));
        Survives(() => HclParser.ParseTemplateFile(text));
    }

    private static void Survives(Action read)
    {
        try
        {
            read();
        }
        catch (SourceFormatException e)
        {
            Assert.False(string.IsNullOrEmpty(e.Message));
        }
    }
}
