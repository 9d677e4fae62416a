using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConfBot.Observability.Readiness;

/// <summary>
/// <c>/readyz</c> answers "can this pod answer questions?": the index, Slack, the warm-up and shutdown. The state
/// store is not part of it, because one database outage would take every replica out of the Service at once while
/// their indexes could still answer; commands that need the store apologise meanwhile. <c>/readyz?full</c> adds the
/// checks tagged <see cref="FullTag"/> (the store), for an operator or a dashboard asking after everything.
/// </summary>
internal static class ReadinessEndpoint
{
    public const string ReadyTag = "ready";

    public const string FullTag = "full";

    public static async Task HandleAsync(HttpContext context, HealthCheckService checks)
    {
        var full = context.Request.Query.ContainsKey("full");
        var report = await checks.CheckHealthAsync(
            check => check.Tags.Contains(ReadyTag) || (full && check.Tags.Contains(FullTag)), context.RequestAborted);
        context.Response.StatusCode = report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        // A probe's answer is about this moment: no proxy may serve it later.
        context.Response.Headers.CacheControl = "no-store, no-cache";
        await ReadinessResponse.WriteAsync(context, report);
    }
}
