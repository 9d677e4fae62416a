using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace ConfBot.Hosting;

/// <summary>
/// Turns a start-up failure caused by settings into one line naming the setting, so an operator sees what to fix
/// instead of a stack trace. Anything else is a bug and is left to surface as one.
/// </summary>
internal static class StartupFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        // Binding "ConfBot:Slack:Mode=Sokcet" or "…Delay=soon", or a value out of its range.
        OptionsValidationException or InvalidOperationException when SettingsErrors.Describe(exception) is { } setting => setting,
        AggregateException many when many.InnerExceptions.Select(Describe).ToList() is var lines && lines.All(l => l is not null) =>
            string.Join(" ", lines),
        SlackApiException { Method: "auth.test" } auth =>
            $"Slack rejected ConfBot:Slack:BotToken ({auth.Error}); check the bot token and ConfBot:Slack:ApiBaseUrl.",
        // The state database is unreachable or refused the login; drivers name the cause, not the connection string.
        System.Data.Common.DbException database =>
            $"cannot open the state database: {database.Message} (check ConfBot:Storage:ConnectionString or ConfBot:Storage:SqlitePath).",
        // Kestrel reports a port in use or an unusable address as an IOException around a SocketException.
        IOException { InnerException: System.Net.Sockets.SocketException } => $"cannot listen: {exception.Message} (check --urls).",
        _ => null,
    };
}
