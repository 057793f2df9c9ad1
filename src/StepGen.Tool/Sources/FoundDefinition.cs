namespace StepGen.Tool.Sources;

/// <summary>A state machine definition found in a file, as JSON text, with the way back to the file the user edits.</summary>
/// <param name="File">
/// The file whose positions <paramref name="Map"/> gives: the <c>.asl.json</c>/<c>.asl.yaml</c>, the template (inline
/// <c>Definition</c>/<c>DefinitionString</c>/<c>definition</c>), or the file that <c>DefinitionUri</c>,
/// <c>templatefile</c> or <c>file()</c> names. The path as the user gave it, combined with relative references
/// (<c>Path.Combine</c> of the template's directory), never made absolute.
/// </param>
/// <param name="Name">
/// What to call it in messages: the CloudFormation logical ID (<c>OrderStateMachine</c>), the Terraform address
/// (<c>aws_sfn_state_machine.orders</c>) or the file name.
/// </param>
/// <param name="MachineName">The deployed name when given as a literal (CloudFormation <c>StateMachineName</c>, SAM <c>Name</c>, Terraform <c>name</c>), else null.</param>
/// <param name="Text">The ASL definition as JSON text: YAML converted, <c>jsonencode</c> rendered, intrinsics replaced by <c>${...}</c> placeholders.</param>
/// <param name="Map">Offsets in <paramref name="Text"/> to positions in <paramref name="File"/>.</param>
internal sealed record FoundDefinition(
    string File,
    string Name,
    string? MachineName,
    string Text,
    TextMap Map);
