using StepGen.Tool.Sources;

namespace StepGen.Tool.Tests.Sources;

public sealed class TerraformSourceTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static FoundDefinition Single(SourceReadResult result)
    {
        Assert.Empty(result.Errors);
        return Assert.Single(result.Definitions);
    }

    [Fact]
    public void An_indented_heredoc_keeps_its_text_with_interpolations_as_placeholders()
    {
        const string tf = """
            resource "aws_sfn_state_machine" "sorter" {
              name     = "parcel-sorter"
              role_arn = aws_iam_role.sorter.arn

              definition = <<-ASL
                {
                  "Comment": "sorts parcels in ${var.region}",
                  "StartAt": "Weigh",
                  "States": {
                    "Weigh": {"Type": "Task", "Resource": "${aws_lambda_function.scale.arn}", "Next": "Label"},
                    "Label": {"Type": "Pass", "Result": "$${NotInterpolated}", "End": true}
                  }
                }
                ASL
            }
            """;
        string path = _tree.Write("main.tf", tf);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal(path, found.File);
        Assert.Equal("aws_sfn_state_machine.sorter", found.Name);
        Assert.Equal("parcel-sorter", found.MachineName);
        SourceAssert.JsonEqual("""
            {"Comment": "sorts parcels in ${var_region}", "StartAt": "Weigh", "States": {
              "Weigh": {"Type": "Task", "Resource": "${aws_lambda_function_scale_arn}", "Next": "Label"},
              "Label": {"Type": "Pass", "Result": "${NotInterpolated}", "End": true}}}
            """, found.Text);
        Assert.Equal(SourceAssert.PositionIn(tf, "\"Label\": {"), SourceAssert.MappedPosition(found, "\"Label\": {"));
        Assert.Equal(SourceAssert.PositionIn(tf, "${aws_lambda_function"), SourceAssert.MappedPosition(found, "${aws_lambda_function_scale_arn}"));
        Assert.Equal(SourceAssert.PositionIn(tf, "NotInterpolated"), SourceAssert.MappedPosition(found, "NotInterpolated"));
    }

    [Fact]
    public void Jsonencode_renders_the_HCL_value_as_JSON()
    {
        const string tf = """
            # A machine written in HCL.
            resource "aws_sfn_state_machine" "mixer" {
              name = "mixer"
              definition = jsonencode({
                Comment = "mixes ${var.colour} paint" // trailing comment
                StartAt = "Stir"
                States = {
                  Stir = {
                    Type     = "Task"
                    Resource = aws_lambda_function.stirrer.arn
                    Retry = [{ ErrorEquals = ["States.Timeout"], IntervalSeconds = 2, BackoffRate = 1.5 }]
                    Next = "Pour"
                  }
                  "Pour" : {
                    Type   = "Pass"
                    Result = { litres = 4, glossy = true, lid = null, label = format("%s-can", var.colour) }
                    /* the end */
                    End    = true
                  },
                }
              })
            }
            """;
        string path = _tree.Write("paint.tf", tf);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal("mixer", found.MachineName);
        SourceAssert.JsonEqual("""
            {"Comment": "mixes ${var_colour} paint", "StartAt": "Stir", "States": {
              "Stir": {"Type": "Task", "Resource": "${aws_lambda_function_stirrer_arn}",
                       "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "BackoffRate": 1.5}], "Next": "Pour"},
              "Pour": {"Type": "Pass", "Result": {"litres": 4, "glossy": true, "lid": null, "label": "${format_s_can_var_colour}"}, "End": true}}}
            """, found.Text);
        Assert.Equal(SourceAssert.PositionIn(tf, "IntervalSeconds"), SourceAssert.MappedPosition(found, "IntervalSeconds"));
        Assert.Equal(SourceAssert.PositionIn(tf, "1.5"), SourceAssert.MappedPosition(found, "1.5"));
        Assert.Equal(SourceAssert.PositionIn(tf, "Pour\" :", 0), SourceAssert.MappedPosition(found, "Pour\":{"));
        Assert.Equal(SourceAssert.PositionIn(tf, "aws_lambda_function.stirrer"), SourceAssert.MappedPosition(found, "${aws_lambda_function_stirrer_arn}"));
    }

    [Fact]
    public void Templatefile_through_locals_reads_the_named_file_with_literal_variables()
    {
        const string asl = """
            {
              "StartAt": "Ship",
              "States": {
                "Ship": {"Type": "Task", "Resource": "${ship_fn}", "TimeoutSeconds": ${timeout}, "Next": "Done"},
                "Done": {"Type": "Succeed", "Comment": "$${kept}"}
              }
            }
            """;
        const string locals = """
            locals {
              machines = "${path.module}/machines"
              shipping_vars = {
                ship_fn = aws_lambda_function.ship.arn
                timeout = 90
              }
            }
            """;
        const string tf = """
            resource "aws_sfn_state_machine" "shipping" {
              name       = "shipping"
              definition = templatefile("${local.machines}/shipping.asl.json", local.shipping_vars)
            }
            """;
        _tree.Write("infra/machines/shipping.asl.json", asl);
        _tree.Write("infra/locals.tf", locals);
        string path = _tree.Write("infra/main.tf", tf);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal(Path.Combine(_tree.PathOf("infra"), "machines", "shipping.asl.json"), found.File);
        SourceAssert.JsonEqual("""
            {"StartAt": "Ship", "States": {
              "Ship": {"Type": "Task", "Resource": "${ship_fn}", "TimeoutSeconds": 90, "Next": "Done"},
              "Done": {"Type": "Succeed", "Comment": "${kept}"}}}
            """, found.Text);
        Assert.Equal(SourceAssert.PositionIn(asl, "${timeout}"), SourceAssert.MappedPosition(found, "90"));
        Assert.Equal(SourceAssert.PositionIn(asl, "\"Done\": {"), SourceAssert.MappedPosition(found, "\"Done\": {"));
    }

    [Fact]
    public void File_reads_the_named_file_as_it_is_and_a_local_heredoc_is_followed()
    {
        const string asl = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Result\": \"${untouched}\", \"End\": true}}}";
        _tree.Write("mod/p.json", asl);
        const string locals = "locals {\n  inline_machine = <<EOT\n{\"StartAt\": \"Q\", \"States\": {\"Q\": {\"Type\": \"Succeed\"}}}\nEOT\n}\n";
        string localsPath = _tree.Write("mod/locals.tf", locals);
        string path = _tree.Write("mod/main.tf", """
            resource "aws_sfn_state_machine" "plain" {
              definition = file("${path.module}/p.json")
            }
            resource "aws_sfn_state_machine" "from_local" {
              definition = local.inline_machine
            }
            """);

        SourceReadResult result = DefinitionSources.Read(path);

        Assert.Empty(result.Errors);
        Assert.Collection(result.Definitions,
            d =>
            {
                Assert.Equal(Path.Combine(_tree.PathOf("mod"), "p.json"), d.File);
                Assert.Equal(asl, d.Text);
            },
            d =>
            {
                Assert.Equal(localsPath, d.File);
                Assert.Equal("aws_sfn_state_machine.from_local", d.Name);
                SourceAssert.JsonEqual("""{"StartAt": "Q", "States": {"Q": {"Type": "Succeed"}}}""", d.Text);
                Assert.Equal(SourceAssert.PositionIn(locals, "Succeed"), SourceAssert.MappedPosition(d, "Succeed"));
            });
    }

    [Fact]
    public void A_computed_definition_is_an_error_pointing_at_it()
    {
        const string tf = """
            variable "definition" {
              type = string
            }

            resource "aws_sfn_state_machine" "given" {
              definition = var.definition
            }

            resource "aws_sfn_state_machine" "chosen" {
              definition = var.prod ? file("a.json") : file("b.json")
            }

            resource "aws_sfn_state_machine" "old_style" {
              definition = "${var.definition}"
            }
            """;
        string path = _tree.Write("main.tf", tf);

        SourceReadResult result = DefinitionSources.Read(path);

        Assert.Empty(result.Definitions);
        Assert.Collection(result.Errors,
            e =>
            {
                Assert.Equal(SourceAssert.PositionIn(tf, "var.definition"), e.Position);
                Assert.Contains("aws_sfn_state_machine.given is computed (var.definition)", e.Message, StringComparison.Ordinal);
            },
            e => Assert.Equal(SourceAssert.PositionIn(tf, "var.prod"), e.Position),
            e => Assert.Equal(SourceAssert.PositionIn(tf, "var.definition}"), e.Position));
    }

    [Fact]
    public void A_template_directive_is_an_error_at_the_directive()
    {
        const string tf = "resource \"aws_sfn_state_machine\" \"d\" {\n  definition = <<EOF\n{\"StartAt\": \"A\", %{ if var.x }\"Comment\": \"x\",%{ endif } \"States\": {}}\nEOF\n}\n";
        string path = _tree.Write("d.tf", tf);

        SourceError error = Assert.Single(DefinitionSources.Read(path).Errors);

        Assert.Equal(SourceAssert.PositionIn(tf, "%{ if"), error.Position);
        Assert.Contains("template directive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_templatefile_is_an_error_at_its_path()
    {
        const string tf = "resource \"aws_sfn_state_machine\" \"m\" {\n  definition = templatefile(\"${path.module}/nowhere.json\", {})\n}\n";
        string path = _tree.Write("m.tf", tf);

        SourceError error = Assert.Single(DefinitionSources.Read(path).Errors);

        Assert.Equal(SourceAssert.PositionIn(tf, "\"${path.module}"), error.Position);
        Assert.Contains("nowhere.json, which does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_functions_module_with_a_definition_counts_as_a_state_machine()
    {
        string path = _tree.Write("main.tf", """
            module "step_function" {
              source  = "terraform-aws-modules/step-functions/aws"
              name    = "via-module"
              definition = jsonencode({ StartAt = "Only", States = { Only = { Type = "Succeed" } } })
            }

            module "vpc" {
              source = "terraform-aws-modules/vpc/aws"
            }
            """);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal("module.step_function", found.Name);
        Assert.Equal("via-module", found.MachineName);
        SourceAssert.JsonEqual("""{"StartAt": "Only", "States": {"Only": {"Type": "Succeed"}}}""", found.Text);
    }

    [Fact]
    public void A_tf_file_without_a_state_machine_named_explicitly_is_an_error()
    {
        string path = _tree.Write("bucket.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n");
        SourceError error = Assert.Single(DefinitionSources.Read(path).Errors);
        Assert.Contains("holds no state machine", error.Message, StringComparison.Ordinal);
        Assert.Contains("aws_sfn_state_machine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HCL_that_does_not_parse_says_where()
    {
        const string tf = "resource \"aws_sfn_state_machine\" \"x\" {\n  definition = jsonencode({ a = [1, 2 }) \n}\n";
        string path = _tree.Write("x.tf", tf);
        SourceError error = Assert.Single(DefinitionSources.Read(path).Errors);
        Assert.StartsWith("not Terraform (HCL)", error.Message, StringComparison.Ordinal);
        Assert.Equal(SourceAssert.PositionIn(tf, "}) "), error.Position);
    }

    [Fact]
    public void A_template_file_data_source_reads_its_file_with_its_vars_and_the_name_through_locals()
    {
        const string asl = "{\"StartAt\": \"Go\", \"States\": {\"Go\": {\"Type\": \"Task\", \"Resource\": \"${ActivityArn}\", \"TimeoutSeconds\": ${Limit}, \"End\": true}}}";
        _tree.Write("old/machines/go.asl.json", asl);
        string path = _tree.Write("old/main.tf", """
            locals {
              project = "courier"
            }

            data "template_file" "definition" {
              template = file("${path.module}/machines/go.asl.json")
              vars = {
                ActivityArn = aws_sfn_activity.wait_for_it.id
                Limit       = 120
              }
            }

            resource "aws_sfn_state_machine" "go" {
              name       = "${local.project}-go"
              definition = data.template_file.definition.rendered
            }
            """);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal("courier-go", found.MachineName);
        Assert.Equal(Path.Combine(_tree.PathOf("old"), "machines", "go.asl.json"), found.File);
        SourceAssert.JsonEqual("""{"StartAt": "Go", "States": {"Go": {"Type": "Task", "Resource": "${ActivityArn}", "TimeoutSeconds": 120, "End": true}}}""", found.Text);
        Assert.Equal(SourceAssert.PositionIn(asl, "${Limit}"), SourceAssert.MappedPosition(found, "120"));
    }

    [Fact]
    public void A_local_module_that_declares_a_state_machine_is_one()
    {
        _tree.Write("modules/flow/main.tf", "variable \"definition\" {}\nresource \"aws_sfn_state_machine\" \"this\" {\n  definition = var.definition\n}\n");
        string path = _tree.Write("env/main.tf", """
            module "flow" {
              source     = "../modules/flow"
              definition = <<EOF
            {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}
            EOF
            }

            module "other" {
              source     = "../modules/missing"
              definition = "not a machine"
            }
            """);

        FoundDefinition found = Single(DefinitionSources.Read(path));

        Assert.Equal("module.flow", found.Name);
        SourceAssert.JsonEqual("""{"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}""", found.Text);
    }
}
