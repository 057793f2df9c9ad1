namespace StepGen.CodeFixes.Tests;

using Verify = CodeFixVerifier<IamStatementCodeFixProvider>;

/// <summary>SG4001 and SG4003: an [IamStatement] that StepGen's derived policy already covers goes, or is narrowed.</summary>
public class IamStatementTests
{
    [Fact]
    public Task UnconditionedHttpInvoke_DerivedByTheHttpTask_RemovesTheStatement() => Verify.VerifyAsync(
        """
        /// <summary>Opens tickets.</summary>
        [StateMachine(StartAt = nameof(OpenTicket))]
        [IamStatement(Actions = new[] { {|SG4001:"states:InvokeHTTPEndpoint"|} },   // too wide
                      Resources = new[] { "*" })]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """,
        """
        /// <summary>Opens tickets.</summary>
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """);

    [Fact]
    public Task UnconditionedHttpInvoke_FirstAttributeList_KeepsTheDocComment() => Verify.VerifyAsync(
        """
        /// <summary>Opens tickets.</summary>
        [IamStatement(Actions = new[] { {|SG4001:"states:InvokeHTTPEndpoint"|} }, Resources = new[] { "*" })]
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """,
        """
        /// <summary>Opens tickets.</summary>
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """);

    [Fact]
    public Task UnconditionedHttpInvoke_AddCondition() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        [IamStatement(Actions = new[] { {|SG4001:"states:InvokeHTTPEndpoint"|} }, Resources = new[] { "*" })]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """,
        """"
        [StateMachine(StartAt = nameof(OpenTicket))]
        [IamStatement(Actions = new[] { "states:InvokeHTTPEndpoint" }, Resources = new[] { "*" }, Condition = """{"StringEquals":{"states:HTTPMethod":["POST"],"states:HTTPEndpoint":"https://support.example.com/api/v1/tickets"}}""")]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """",
        "StepGen.SG4001.AddCondition");

    [Fact]
    public Task UnconditionedHttpInvoke_WithAnotherAction_RemovesOnlyTheDerivedOne() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        [IamStatement(Actions = new[] { {|SG4001:"states:InvokeHTTPEndpoint"|}, "logs:CreateLogDelivery" }, Resources = new[] { "*" })]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """,
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        [IamStatement(Actions = new[] { "logs:CreateLogDelivery" }, Resources = new[] { "*" })]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            public partial class OpenTicket;
        }
        """);

    [Fact]
    public async Task UnconditionedHttpInvoke_WithoutHttpTasks_HasNoFix()
    {
        const string source = """
            [StateMachine(StartAt = nameof(Done))]
            [IamStatement(Actions = new[] { {|SG4001:"states:InvokeHTTPEndpoint"|} }, Resources = new[] { "*" })]
            public partial class Calls
            {
                [Succeed] public partial class Done;
            }
            """;
        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public Task UnscopedResource_DerivedFunction_RemovesTheStatement() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Record))]
        [IamStatement(Actions = ["lambda:InvokeFunction"],
                      Resources = [{|SG4003:"*"|}])]
        public partial class Shipping
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Record))]
        public partial class Shipping
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """);

    [Fact]
    public Task UnscopedResource_ScopeToDerivedResources() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Record))]
        [IamStatement(Actions = ["lambda:InvokeFunction"],
                      Resources = [{|SG4003:"*"|}])]
        public partial class Shipping
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Record))]
        [IamStatement(Actions = ["lambda:InvokeFunction"],
                      Resources = ["arn:aws:lambda:us-east-1:123456789012:function:record", "arn:aws:lambda:us-east-1:123456789012:function:record:*"])]
        public partial class Shipping
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """,
        "StepGen.SG4003.ScopeToDerivedResources");

    [Fact]
    public Task UnscopedResource_MixedStatement_RemovesTheDerivedAction() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Record))]
        [IamStatement(Actions = new[] { "logs:CreateLogDelivery", "lambda:InvokeFunction" }, Resources = new[] { {|SG4003:"*"|} })]
        public partial class Shipping
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Record))]
        [IamStatement(Actions = new[] { "logs:CreateLogDelivery" }, Resources = new[] { "*" })]
        public partial class Shipping
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """);

    [Fact]
    public async Task UnscopedResource_NotDerived_HasNoFix()
    {
        const string source = """
            [StateMachine(StartAt = nameof(Done))]
            [IamStatement(Actions = new[] { "sns:Publish" }, Resources = new[] { {|SG4003:"*"|} })]
            public partial class Notify
            {
                [Succeed] public partial class Done;
            }
            """;
        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public Task FixAll_RemovesEveryCoveredStatement_AndTheOneWithBothDiagnosticsOnce() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        [IamStatement(Actions = new[] { {|SG4001:"states:InvokeHTTPEndpoint"|}, "events:RetrieveConnectionCredentials" }, Resources = new[] { {|SG4003:"*"|} })]
        [IamStatement(Actions = new[] { "lambda:InvokeFunction" }, Resources = new[] { {|SG4003:"*"|} })]
        [IamStatement(Actions = new[] { "logs:CreateLogDelivery" }, Resources = new[] { "*" })]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "arn:aws:events:us-east-1:123456789012:connection/support/0b6f", Next = nameof(Record))]
            public partial class OpenTicket;

            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """,
        """
        [StateMachine(StartAt = nameof(OpenTicket))]
        [IamStatement(Actions = new[] { "logs:CreateLogDelivery" }, Resources = new[] { "*" })]
        public partial class SupportTickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "arn:aws:events:us-east-1:123456789012:connection/support/0b6f", Next = nameof(Record))]
            public partial class OpenTicket;

            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """);

    [Fact]
    public Task UnscopedResource_MultilineCollection_RemovesTheDerivedActionLine() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Record))]
        [IamStatement(Actions =
                      [
                          "lambda:InvokeFunction",
                          "logs:CreateLogDelivery",
                      ],
                      Resources = [{|SG4003:"*"|}])]
        public partial class Shipping
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Record))]
        [IamStatement(Actions =
                      [
                          "logs:CreateLogDelivery",
                      ],
                      Resources = ["*"])]
        public partial class Shipping
        {
            [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
            [Parameter("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:record")]
            public partial class Record;
        }
        """,
        "StepGen.IamStatement.RemoveDerivedActions");
}
