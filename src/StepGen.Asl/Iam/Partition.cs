using System;

namespace StepGen.Asl.Iam;

/// <summary>
/// The partition segment of a Task's Resource. CloudFormation and CDK templates write it as a substitution
/// (<c>arn:${AWS::Partition}:states:::lambda:invoke</c>), Terraform as <c>arn:${data.aws_partition.current.partition}:...</c>:
/// the integration is the same one, so it is read in the standard partition, whose ARNs the policy is written in.
/// </summary>
internal static class Partition
{
    /// <summary>The resource with a whole-substitution partition (<c>arn:${X}:</c>) read as <c>arn:aws:</c>; any other unchanged.</summary>
    public static string Standard(string resource)
    {
        if (resource is null || !resource.StartsWith("arn:${", StringComparison.Ordinal))
        {
            return resource!;
        }

        int close = resource.IndexOf('}', 6);
        return close > 6 && close + 1 < resource.Length && resource[close + 1] == ':'
            && Compile.Substitutions.IsWholeSubstitution(resource.Substring(4, close - 3))
            ? "arn:aws" + resource.Substring(close + 1)
            : resource;
    }
}
