using LKvitai.Api.Problems;
using LKvitai.Domain.Common;

namespace LKvitai.Api.Endpoints;

/// <summary>Success → the endpoint's result; failure → problem details. A replayed command is marked in a header.</summary>
internal static class HttpResults
{
    public const string ReplayHeader = "Idempotent-Replayed";

    public static IResult ToHttp<T>(this Result<T> result, HttpContext context, Func<T, IResult> onSuccess)
    {
        if (!result.IsSuccess)
        {
            return ProblemResults.Problem(result.Error, context);
        }

        if (result.IsReplay)
        {
            context.Response.Headers[ReplayHeader] = "true";
        }

        return onSuccess(result.Value!);
    }

    public static IResult ToOk<T>(this Result<T> result, HttpContext context) => result.ToHttp(context, v => Results.Ok(v));

    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
