using System.ComponentModel.DataAnnotations;
using ConfBot.Core.Digests;

namespace ConfBot.Hosting;

/// <summary>How often <c>confbot serve</c> checks for due digests; read from the same section as <see cref="DigestOptions"/>.</summary>
public sealed class DigestSchedulerOptions
{
    public const string SectionName = DigestOptions.SectionName;

    /// <summary>
    /// Time between checks. A digest goes out at most this late; every check reads the subscriptions, so keep it
    /// well above a database round trip.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);
}
