using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace StepGen.Samples.Cdk;

/// <summary>
/// Deploys <see cref="OrderShipping"/>: the Lambda function and the EventBridge connection it calls, an
/// execution role whose only policy is the generated <see cref="OrderShipping.IamPolicy"/>, and the state
/// machine whose definition is the generated <see cref="OrderShipping.Asl"/>.
/// </summary>
public sealed class OrderShippingStack : Stack
{
    /// <summary>Where the carrier's API key is read from unless the context key below says otherwise.</summary>
    public const string DefaultApiKeySecretName = "stepgen-samples/carrier-api-key";

    public OrderShippingStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var processOrder = new Function(this, "ProcessOrderFunction", new FunctionProps
        {
            Description = "Validates an order and works out its parcels (OrderShipping's first state)",
            Runtime = Runtime.NODEJS_20_X,
            Handler = "index.handler",
            Code = Code.FromInline("""
                exports.handler = async (order) => ({
                  orderId: order.orderId,
                  address: order.address,
                  parcels: (order.items || []).map((item) => ({ sku: item.sku, quantity: item.quantity })),
                });
                """),
            Timeout = Duration.Seconds(10),
        });

        // The connection keeps the carrier's API key; Step Functions sends it as the x-api-key header.
        // The key itself is read at deploy time from a Secrets Manager secret you create beforehand.
        string secretName = Node.TryGetContext("carrierApiKeySecretName") as string ?? DefaultApiKeySecretName;
        var carrier = new Connection(this, "CarrierConnection", new ConnectionProps
        {
            Description = "Carrier API used by OrderShipping's HTTP task",
            Authorization = Authorization.ApiKey("x-api-key", SecretValue.SecretsManager(secretName)),
        });

        // One value per ${...} name of the machine, taken from the constructs above. The same map fills
        // the definition (as DefinitionSubstitutions, resolved by CloudFormation) and the policy.
        var values = new Dictionary<string, string>
        {
            ["ProcessOrderFunctionArn"] = processOrder.FunctionArn,
            ["CarrierConnectionArn"] = carrier.ConnectionArn,
            ["CarrierConnectionSecretArn"] = carrier.ConnectionSecretArn,
        };
        RequireExactly(OrderShipping.Substitutions, values);

        var role = new Role(this, "ExecutionRole", new RoleProps
        {
            Description = "Execution role of the OrderShipping state machine; its policy is the one StepGen generated",
            AssumedBy = new ServicePrincipal("states.amazonaws.com"),
            // Inline in the role, so the permissions exist before the state machine that depends on the role.
            InlinePolicies = new Dictionary<string, PolicyDocument>
            {
                ["StepGenGenerated"] = GeneratedPolicy.ToPolicyDocument(OrderShipping.IamPolicy, values),
            },
        });

        var machine = new StateMachine(this, "OrderShipping", new StateMachineProps
        {
            // The generated policy allows states:InvokeHTTPEndpoint on stateMachine:<Name>, so the machine
            // is deployed under that name.
            StateMachineName = OrderShipping.Name,
            StateMachineType = StateMachineType.STANDARD,
            DefinitionBody = DefinitionBody.FromString(OrderShipping.Asl),
            DefinitionSubstitutions = values,
            Role = role,
        });

        _ = new CfnOutput(this, "StateMachineArn", new CfnOutputProps { Value = machine.StateMachineArn });
        _ = new CfnOutput(this, "ProcessOrderFunctionName", new CfnOutputProps { Value = processOrder.FunctionName });
    }

    /// <summary>Fails the synth when the workflow gained or lost a ${...} name the stack does not match.</summary>
    private static void RequireExactly(IReadOnlyList<string> names, IReadOnlyDictionary<string, string> values)
    {
        string[] missing = names.Where(n => !values.ContainsKey(n)).ToArray();
        string[] unused = values.Keys.Where(k => !names.Contains(k)).ToArray();
        if (missing.Length > 0 || unused.Length > 0)
        {
            throw new InvalidOperationException(
                $"{OrderShipping.Name} uses ${{...}} names the stack does not fill ({string.Join(", ", missing)}) " +
                $"or the stack fills names the machine no longer uses ({string.Join(", ", unused)}).");
        }
    }
}
