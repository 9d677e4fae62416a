using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// The end of the pipeline: an event goes to every handler of its type, block actions to the handler each action id
/// is routed to, shortcuts and closed modals to the handler of their callback id, and the slash command and modal
/// submissions to <see cref="CommandRunner"/> and <see cref="ViewSubmissionRunner"/>, whose answer (if ready in
/// time) rides on the ack.
/// </summary>
internal sealed partial class DispatchStep(
    HandlerInvoker handlers,
    BlockActionRouter blockActions,
    CallbackRouter callbacks,
    CommandRunner commands,
    ViewSubmissionRunner submissions,
    ILogger<DispatchStep> logger) : ISlackStep
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    public async Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken)
    {
        switch (delivery)
        {
            case { Command: { } command }:
                return SlackAnswer.Answered(await commands.RunAsync(command, cancellationToken), command.ResponseUrl);
            case { Callback: ViewSubmissionRequest submission }:
                return SlackAnswer.Submitted(await submissions.RunAsync(submission, cancellationToken));
            case { Callback: { } callback }:
                await callbacks.RouteAsync(callback, cancellationToken);
                return SlackAnswer.Queued;
            case { BlockActions: { } request }:
                await blockActions.RouteAsync(request, cancellationToken);
                return SlackAnswer.Queued;
            case { Envelope.Event: { } raw, Header: { } header }:
                await DispatchEventAsync(raw, header.Type, cancellationToken);
                return SlackAnswer.Queued;
            default:
                return await next(delivery, cancellationToken);
        }
    }

    private Task DispatchEventAsync(JsonElement raw, string type, CancellationToken cancellationToken)
    {
        LogDispatching(type);
        return type switch
        {
            IgnoreOwnMessagesStep.MessageType => InvokeAsync(raw, Json.MessageEvent, cancellationToken),
            "app_mention" => InvokeAsync(raw, Json.AppMention, cancellationToken),
            "app_home_opened" => InvokeAsync(raw, Json.AppHomeOpened, cancellationToken),
            "link_shared" => InvokeAsync(raw, Json.LinkShared, cancellationToken),
            "assistant_thread_started" => InvokeAsync(raw, Json.AssistantThreadStarted, cancellationToken),
            "assistant_thread_context_changed" => InvokeAsync(raw, Json.AssistantThreadContextChanged, cancellationToken),
            _ => Unsupported(type),
        };
    }

    private Task InvokeAsync<TEvent>(JsonElement raw, JsonTypeInfo<TEvent> type, CancellationToken cancellationToken)
        where TEvent : SlackEvent
    {
        if (SlackJson.TryDeserialize(raw, type) is not { } slackEvent)
        {
            LogMalformed();
            return Task.CompletedTask;
        }

        return handlers.InvokeAllAsync<IEventHandler<TEvent>>(
            $"{slackEvent.Type} event", handler => handler.Handle(slackEvent, cancellationToken), cancellationToken);
    }

    private Task Unsupported(string type)
    {
        LogUnsupported(type);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a malformed Slack event")]
    private partial void LogMalformed();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dispatching {Type} event")]
    private partial void LogDispatching(string type);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No handler type exists for {Type} events; ignoring")]
    private partial void LogUnsupported(string type);
}
