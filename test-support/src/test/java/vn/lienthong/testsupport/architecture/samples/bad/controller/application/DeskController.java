package vn.lienthong.testsupport.architecture.samples.bad.controller.application;

import org.springframework.web.bind.annotation.RestController;

/** Violates CONTROLLERS_IN_WEB. */
@RestController
class DeskController {
}
