using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Identity;

/// <summary>
/// Calls <c>auth.test</c> before any transport starts, so a bad bot token stops the host at once instead of
/// failing on the first user's question.
/// </summary>
internal sealed partial class BotIdentityInitializer(ISlackApiClient api, SlackBotIdentity identity, ILogger<BotIdentityInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var self = await api.AuthTestAsync(cancellationToken);
            identity.Current = self;
            LogAuthenticated(self.UserId, self.BotId, self.TeamId, self.Team);
        }
        catch (SlackApiException ex)
        {
            LogAuthFailed(ex.Error);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack bot token belongs to user {UserId} (bot {BotId}) in team {TeamId} ({Team})")]
    private partial void LogAuthenticated(string userId, string? botId, string teamId, string? team);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Slack auth.test failed with {Error}; check ConfBot:Slack:BotToken")]
    private partial void LogAuthFailed(string error);
}
