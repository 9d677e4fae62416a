using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConfBot.Observability.Readiness;

/// <summary>
/// Writes <c>/readyz</c>'s body: <c>{"status":"ready"|"not_ready","reason":…,"checks":{name: description}}</c>,
/// so an operator reading a failing probe sees why without digging through logs.
/// </summary>
internal static class ReadinessResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var ready = report.Status == HealthStatus.Healthy;
        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Description}");
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new ReadinessBody(
            ready ? "ready" : "not_ready",
            ready ? null : string.Join("; ", failing),
            report.Entries.ToDictionary(e => e.Key, e => e.Value.Description ?? e.Value.Status.ToString())),
            ReadinessJsonContext.Default.ReadinessBody, context.RequestAborted);
    }
}
