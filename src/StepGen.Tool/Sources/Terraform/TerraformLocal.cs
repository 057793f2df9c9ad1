namespace StepGen.Tool.Sources.Terraform;

/// <summary>A <c>locals</c> value: the file it is written in, that file's text, and its expression.</summary>
internal sealed record TerraformLocal(string File, string Text, HclExpression Value);
