namespace StepGen.Tool.Sources.Terraform;

/// <summary>An attribute <c>name = expression</c>.</summary>
internal sealed record HclAttribute(string Name, HclExpression Value, int Start);
