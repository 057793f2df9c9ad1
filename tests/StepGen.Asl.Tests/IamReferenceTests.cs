using StepGen.Asl.Iam.Reference;

namespace StepGen.Asl.Tests;

/// <summary>The embedded Service Authorization Reference and the ARN-format matching built on it.</summary>
public class IamReferenceTests
{
    [Fact]
    public void The_table_is_embedded_and_names_its_data_version()
    {
        Assert.Matches(@"^\d+\.\d+\.\d{9}$", IamReference.DataVersion);
        Assert.True(IamReference.ServicePrefixes.Count > 400);
        Assert.True(IamReference.HasService("states"));
        Assert.True(IamReference.HasService("S3"));
        Assert.False(IamReference.HasService("bedrockagent"));
    }

    [Fact]
    public void Actions_are_found_case_insensitively_with_their_resource_types()
    {
        IamAction? get = IamReference.Find("s3:getobject");
        Assert.NotNull(get);
        Assert.Equal("s3:GetObject", get!.FullName);
        Assert.Contains(get.Resources, r => r.Type.Name == "object" && r.Type.ArnFormats[0] == "arn:${Partition}:s3:::${BucketName}/${ObjectName}");

        IamAction? passRole = IamReference.Find("iam:PassRole");
        Assert.Contains("iam:PassedToService", passRole!.ConditionKeys);
        Assert.DoesNotContain(passRole.ConditionKeys, key => key.StartsWith("aws:", StringComparison.Ordinal));

        Assert.Null(IamReference.Find("s3:GetObjects"));
        Assert.Null(IamReference.Find("bedrockagent:StartIngestionJob"));
        Assert.Null(IamReference.Find("nocolon"));
        Assert.Null(IamReference.Find(":GetObject"));
        Assert.NotNull(IamReference.Find("bedrock:StartIngestionJob"));
    }

    [Theory]
    [InlineData("support:DescribeCases")]
    [InlineData("lambda:ListFunctions")]
    [InlineData("transcribe:StartTranscriptionJob")]
    [InlineData("states:SendTaskSuccess")]
    public void Actions_without_a_resource_type_are_only_granted_on_any_resource(string action) =>
        Assert.True(IamReference.Find(action)!.OnlyOnAnyResource);

    [Theory]
    [InlineData("arn:aws:s3:::my-bucket/*", "arn:${Partition}:s3:::${BucketName}/${ObjectName}", true)]
    [InlineData("arn:aws:s3:::my-bucket/reports/2024/*", "arn:${Partition}:s3:::${BucketName}/${ObjectName}", true)]
    [InlineData("arn:aws:s3:::my-bucket", "arn:${Partition}:s3:::${BucketName}/${ObjectName}", false)]
    [InlineData("arn:aws:s3:::*", "arn:${Partition}:s3:::${BucketName}/${ObjectName}", true)]
    [InlineData("arn:aws:support:*:*:*", "arn:${Partition}:s3:::${BucketName}", false)]
    [InlineData("arn:aws:lambda:*:*:function:orders:*", "arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}", true)]
    [InlineData("arn:aws:dynamodb:*:*:table/orders", "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}", true)]
    [InlineData("arn:aws:dynamodb:*:*:table/orders", "arn:${Partition}:sqs:${Region}:${Account}:${QueueName}", false)]
    [InlineData("${OrdersTableArn}", "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}", true)]
    [InlineData("arn:aws:events:*:*:event-bus/${BusName}", "arn:${Partition}:events:${Region}:${Account}:event-bus/${EventBusName}", true)]
    [InlineData("${EventBusName}", "arn:${Partition}:events:${Region}:${Account}:event-bus/${EventBusName}", true)]
    [InlineData("arn:aws:states:*:*:stateMachine:Orders", "arn:${Partition}:states:${Region}:${Account}:execution:${StateMachineName}:${ExecutionId}", false)]
    public void A_resource_serves_a_type_when_some_ARN_matches_both(string resource, string format, bool expected) =>
        Assert.Equal(expected, ArnFormats.Overlap(resource, format));

    [Fact]
    public void The_narrowest_grant_on_a_type_keeps_every_literal_part()
    {
        IamAction query = IamReference.Find("dynamodb:Query")!;
        Assert.Equal("arn:aws:dynamodb:*:*:table/*", ArnFormats.AnyOf(query.Resources.First(r => r.Type.Name == "table").Type));
        Assert.False(ArnFormats.Serves("arn:aws:s3:::my-bucket", IamReference.Find("s3:GetObject")!));
        Assert.True(ArnFormats.Serves("*", IamReference.Find("s3:GetObject")!));
    }

    [Fact]
    public void Every_action_SG4003_asks_to_scope_has_a_resource_type()
    {
        Assert.All(StepGen.Asl.Iam.ScopableActions.All, entry =>
        {
            IamAction? action = IamReference.Find(entry.Action);
            Assert.True(action is not null, $"{entry.Action} is not an IAM action");
            Assert.False(action!.OnlyOnAnyResource, $"{entry.Action} has no resource type: \"*\" is the only grant, so SG4003 must not ask to scope it");
        });
        Assert.Null(StepGen.Asl.Iam.ScopableActions.Find("batch:DescribeJobs"));
    }
}
