using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Commands;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Dispatch;

/// <summary>
/// Runs the slash command handler against Slack's 3-second ack: a reply ready before the deadline becomes the
/// ack body; a later one is posted to the command's response_url. A failing handler yields an apologetic reply.
/// </summary>
internal sealed partial class CommandRunner(
    IServiceScopeFactory scopes,
    SlackWorkQueue queue,
    ISlackApiClient api,
    IHostApplicationLifetime lifetime,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<CommandRunner> logger)
{
    public async Task<SlashCommandResponse?> RunAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["SlackCommand"] = command.Command, ["SlackTriggerId"] = command.TriggerId });
        var settings = options.Value;
        if (!string.Equals(command.Command, settings.CommandName, StringComparison.OrdinalIgnoreCase))
        {
            LogUnknownCommand(command.Command);
            return SlashCommandResponse.Ephemeral($"Sorry, I don't handle {SlackText.Escape(command.Command)}.");
        }

        var running = HandleAsync(command);
        if (await AckDeadline.FinishesWithinAsync(running, settings.CommandAckDeadline, time, cancellationToken))
            return await running;

        LogSlow(settings.CommandAckDeadline);
        if (!queue.TryEnqueue($"late reply to {command.Command}", ct => RespondLaterAsync(command, running, ct)))
            LogLateReplyLost();
        return null;
    }

    private async Task<SlashCommandResponse?> HandleAsync(SlashCommand command)
    {
        // Let the ack path start its deadline before a synchronous handler gets the thread.
        await Task.Yield();
        await using var services = scopes.CreateAsyncScope();
        if (services.ServiceProvider.GetService<ISlashCommandHandler>() is not { } handler)
        {
            LogNoHandler();
            return null;
        }

        try
        {
            var reply = await handler.Handle(command, lifetime.ApplicationStopping);
            return reply is null ? null : SlackApiClient.Fit(reply, options.Value.MessageTextBudget);
        }
        catch (Exception ex) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogHandlerFailed(ex);
            return SlashCommandResponse.Ephemeral(options.Value.CommandErrorText);
        }
    }

    private async Task RespondLaterAsync(SlashCommand command, Task<SlashCommandResponse?> running, CancellationToken cancellationToken)
    {
        if (await running.WaitAsync(cancellationToken) is { } reply)
            await api.RespondAsync(command.ResponseUrl, reply, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slash command {Command} is not this app's command")]
    private partial void LogUnknownCommand(string command);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slash command handler took longer than {Deadline}; acking now, replying via response_url")]
    private partial void LogSlow(TimeSpan deadline);

    [LoggerMessage(Level = LogLevel.Error, Message = "Work queue full: a slow slash command's reply will not be delivered")]
    private partial void LogLateReplyLost();

    [LoggerMessage(Level = LogLevel.Warning, Message = "No ISlashCommandHandler registered; acking silently")]
    private partial void LogNoHandler();

    [LoggerMessage(Level = LogLevel.Error, Message = "Slash command handler failed")]
    private partial void LogHandlerFailed(Exception exception);
}
