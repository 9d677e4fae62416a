using System.ComponentModel.DataAnnotations;

namespace ConfBot.Observability;

/// <summary>Where <c>/metrics</c> is served.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "ConfBot:Metrics";

    /// <summary>
    /// A port of its own for <c>/metrics</c> (e.g. 9090), on every interface; the Slack listener then no longer serves
    /// it, so a scrape port can be opened to Prometheus without opening Slack's, and the other way round. Unset:
    /// <c>/metrics</c> is on the Slack listener.
    /// </summary>
    [Range(1, 65535)]
    public int? Port { get; set; }
}
