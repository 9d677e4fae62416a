using ConfBot.Core.State;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Digests;

internal sealed class DigestBuilder(
    IDigestLog log,
    ITalkFirstSeenStore firstSeen,
    IActionPointStateStore actionPoints,
    IOptions<DigestOptions> options) : IDigestBuilder
{
    public async Task<Digest?> BuildAsync(DigestKey key, TalkCatalog catalog, DateTimeOffset now, DateOnly? today = null, CancellationToken cancellationToken = default)
    {
        if (catalog.Talks.Count == 0)
            return null;
        var history = await log.GetHistoryAsync(key.ChannelId, cancellationToken);
        var seen = await firstSeen.RecordAsync(catalog.Talks.Select(t => t.Id).ToList(), now, cancellationToken);
        var states = await actionPoints.GetManyAsync(
            catalog.Talks.SelectMany(t => t.ActionPoints).Select(a => a.Id).ToList(), cancellationToken);
        var daysAhead = today is { } day ? key.LocalDate.DayNumber - day.DayNumber : 0;
        return DigestComposer.Compose(key, catalog, history, seen, states, options.Value, daysAhead);
    }
}
