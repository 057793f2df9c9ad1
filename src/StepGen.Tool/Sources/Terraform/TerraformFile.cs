namespace StepGen.Tool.Sources.Terraform;

/// <summary>A parsed <c>.tf</c> file of a module directory: its path, its text and its body.</summary>
internal sealed record TerraformFile(string File, string Text, HclBlock Body);
